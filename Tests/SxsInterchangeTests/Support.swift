import Foundation
import SideBySide
@testable import SxsInterchange
import SxsMarkup
import SxsProcedures
import SxsTestSupport

/// Articles copied from the corpus (CC BY 4.0, see Fixtures/LICENSE-corpus), the repository's schemas and locale data.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var schemasFolder: String { root.appendingPathComponent("schemas").path }
    static var localesFolder: String { root.appendingPathComponent("locales").path }

    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    static func document(_ name: String) throws -> SxsDocument {
        try SxsParser().parse(contentsOf: path(name))
    }

    /// Every fixture article: CRLF and mixed endings, front-matter pairs, pairs in Markdown and HTML
    /// tables, links, images, code, entities, escapes, and one without pairs.
    static let articles = [
        "add-a-new-customer.zh-CN.2017.md", "add-a-new-customer.ja-JP.2018.md", "front-matter-pairs.ja-JP.2018.md",
        "html-table-cells.zh-CN.2021.md", "markdown-table.zh-CN.2021.md", "images.ja-JP.2021.md", "inline-code.zh-CN.2021.md",
        "entities.zh-CN.2021.md", "escapes.zh-CN.2021.md", "mixed-endings.ja-JP.2018.md", "code.ja-JP.2021.md",
        "no-pairs.zh-CN.2017.md",
    ]

    static let schemas: XLIFFSchemas = try! XLIFFSchemas(folder: schemasFolder)
    static let exporter = XLIFFExporter(sourcePatterns: try? LocaleProcedurePatterns.load(locale: "en-US", from: localesFolder))

    /// A pair as the corpus writes it.
    static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    /// An article made of `bytes`, parsed.
    static func article(_ bytes: [UInt8], path: String = "zh-CN/test.md") -> SxsDocument {
        SxsParser().parse(bytes: bytes, path: path)
    }

    /// The article exported as XLIFF of `version`.
    static func xliff(_ document: SxsDocument, _ version: XLIFFVersion) throws -> [UInt8] {
        try XLIFFWriter.write(exporter.export(document, original: "test.md").document, version: version)
    }

    /// The article `xliff` rebuilds, with its diagnostics.
    static func rebuild(_ xliff: [UInt8]) throws -> XLIFFImporter.Result {
        XLIFFImporter().rebuild(try XLIFFReader.read(xliff), file: SourceText(bytes: xliff))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        ScratchFolder.url("sxs-xliff")
    }
}

extension Array where Element == UInt8 {
    /// The bytes as UTF-8 text.
    var text: String { String(decoding: self, as: UTF8.self) }
}

extension String {
    /// The text with `old` replaced by `new`, which must be there.
    func replacingOnce(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { fatalError("'\(old)' is not in the text") }
        return replacingCharacters(in: range, with: new)
    }
}
