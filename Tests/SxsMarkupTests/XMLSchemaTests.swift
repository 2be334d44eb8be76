import Foundation
import SxsMarkup
import Testing

/// Schema validation from local files only.
@Suite struct XMLSchemaTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas")

    @Test func validatesAgainstTheXLIFF20SchemaWithItsLocalImport() throws {
        let schema = try XMLSchema(contentsOf: Self.schemas.appendingPathComponent("xliff_core_2.0.xsd").path)
        let valid = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="zh-CN">
          <file id="f" xml:space="preserve"><unit id="u"><segment><source>Dashboard</source><target>仪表板</target></segment></unit></file>
        </xliff>
        """
        #expect(schema.validate(valid).isEmpty)
        let invalid = valid.replacingOccurrences(of: "<unit id=\"u\">", with: "<unit>")
        let problems = schema.validate(invalid)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("'id' is required") == true)
    }

    @Test func theXLIFF12SchemaImportsXMLXSDFromALocalCopy() throws {
        let xml = Self.schemas.appendingPathComponent("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd").path
        let schema = try XMLSchema(contentsOf: Self.schemas.appendingPathComponent("xliff-core-1.2-strict.xsd").path,
                                   localCopies: ["http://www.w3.org/2001/xml.xsd": xml])
        let document = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="en-US" datatype="plaintext" xml:space="preserve"><body>
        <trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>
        """
        #expect(schema.validate(document).isEmpty)
        #expect(!schema.validate(document.replacingOccurrences(of: "xml:space=\"preserve\"", with: "xml:space=\"sometimes\"")).isEmpty)
    }

    @Test func aMissingSchemaIsAnError() {
        #expect(throws: XMLSchemaError.self) { try XMLSchema(contentsOf: "/nonexistent/x.xsd") }
    }

    @Test func documentsWithADoctypeAreNotValidated() throws {
        let schema = try XMLSchema(contentsOf: Self.schemas.appendingPathComponent("xliff_core_2.0.xsd").path)
        let problems = schema.validate("<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/x.dtd\"><xliff/>")
        #expect(problems.first?.message.contains("document type declarations") == true)
    }
}
