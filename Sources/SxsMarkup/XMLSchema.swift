internal import CLibXML2
import Foundation

/// A problem found while loading a schema or validating a document against it.
public struct XMLSchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line in the validated document (or the schema), 0 when unknown.
    public var line: Int
    /// What libxml2 reported, such as `Element 'unit': The attribute 'id' is required but missing.`
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "\(line): \(message)" }
}

/// A W3C XML Schema loaded with libxml2 from local files only, to validate documents against.
///
/// The schema and every schema it imports are read from disk: files below the schema's folder,
/// and public URLs (`http://www.w3.org/2001/xml.xsd`) mapped to local copies with `localCopies`.
/// Anything else is refused and no network access is attempted. One schema may validate
/// documents on several threads at once.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Loads the schema at `path`; `localCopies` maps import URLs to local files that stand for them.
    public init(contentsOf path: String, localCopies: [String: String] = [:]) throws {
        xmlInitParser()
        ExternalResourcePolicy.install()
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw XMLSchemaError(line: 0, message: "\(path): no such schema file")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        ExternalResourcePolicy.allow(folder: URL(fileURLWithPath: absolute).deletingLastPathComponent().path)
        for (url, copy) in localCopies { ExternalResourcePolicy.serve(url, from: copy) }
        guard let parser = xmlSchemaNewParserCtxt(absolute) else {
            throw XMLSchemaError(line: 0, message: "libxml2 could not allocate a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = ErrorCollector()
        xmlSchemaSetParserStructuredErrors(parser, ErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        guard let schema = xmlSchemaParse(parser) else {
            throw collector.errors.first ?? XMLSchemaError(line: 0, message: "\(path): the schema could not be loaded")
        }
        self.schema = schema
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The problems of the XML document `bytes` against the schema: empty when it is valid.
    ///
    /// The document is read as ``XMLReader`` reads it: no network, and one that declares a DTD is refused unread.
    public func validate(_ bytes: [UInt8]) -> [XMLSchemaError] {
        let document: xmlDocPtr
        do {
            document = try XMLReader.parse(bytes)
        } catch let error as XMLReadError {
            return [XMLSchemaError(line: error.line, message: error.message)]
        } catch {
            return [XMLSchemaError(line: 0, message: "\(error)")]
        }
        defer { xmlFreeDoc(document) }
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLSchemaError(line: 0, message: "libxml2 could not allocate a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ErrorCollector()
        xmlSchemaSetValidStructuredErrors(context, ErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status != 0 && collector.errors.isEmpty {
            return [XMLSchemaError(line: 0, message: "the document is not valid (libxml2 status \(status))")]
        }
        return collector.errors
    }

    /// The problems of the XML document `text` against the schema.
    public func validate(_ text: String) -> [XMLSchemaError] {
        validate(Array(text.utf8))
    }
}

/// Collects the errors libxml2 reports through its structured error callback.
private final class ErrorCollector {
    var errors: [XMLSchemaError] = []

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingTrailingNewlines() ?? "invalid"
        collector.errors.append(XMLSchemaError(line: Int(error.pointee.line), message: message))
    }
}
