import Foundation
import SxsMarkup

/// The OASIS XLIFF 2.0 and 1.2 schemas shipped in `schemas/`, loaded from disk only, to validate XLIFF files.
public final class XLIFFSchemas: Sendable {
    private let core20: XMLSchema
    private let strict12: XMLSchema

    /// Loads `xliff_core_2.0.xsd` and `xliff-core-1.2-strict.xsd` from `folder`; their `xml.xsd` import
    /// is served from `folder/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd`, never fetched.
    public init(folder: String) throws {
        let xml = (folder as NSString).appendingPathComponent("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")
        let copies = ["http://www.w3.org/2001/xml.xsd": xml, "http://www.w3.org/2009/01/xml.xsd": xml]
        core20 = try XMLSchema(contentsOf: (folder as NSString).appendingPathComponent("xliff_core_2.0.xsd"), localCopies: copies)
        strict12 = try XMLSchema(contentsOf: (folder as NSString).appendingPathComponent("xliff-core-1.2-strict.xsd"), localCopies: copies)
    }

    /// The schema problems of an XLIFF file, checked against its version's schema (told by its namespace).
    public func validate(_ bytes: [UInt8]) -> (version: XLIFFVersion?, problems: [XMLSchemaError]) {
        let root: XMLElement
        do {
            root = try XMLReader.read(bytes)
        } catch let error as XMLReadError {
            return (nil, [XMLSchemaError(line: error.line, message: error.message)])
        } catch {
            return (nil, [XMLSchemaError(line: 0, message: "\(error)")])
        }
        switch root.namespace {
        case XLIFFVersion.v2_0.namespace: return (.v2_0, core20.validate(bytes))
        case XLIFFVersion.v1_2.namespace: return (.v1_2, strict12.validate(bytes))
        default: return (nil, [XMLSchemaError(line: root.line, message: "the root element is not in the XLIFF 2.0 or 1.2 namespace")])
        }
    }
}
