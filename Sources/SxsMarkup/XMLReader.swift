internal import CLibXML2

/// Why an XML document could not be read: where, and what libxml2 or the reader objected to.
public struct XMLReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem, 0 when unknown.
    public var line: Int
    /// The 1-based column of the problem, 0 when unknown.
    public var column: Int
    /// What is wrong, and why.
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// Reads XML documents with libxml2, safely: no network, no external entities, no DTD.
///
/// A document that declares a DTD (where entity bombs and external entities live) is refused
/// outright: the interchange formats this project reads (XLIFF, TMX, DITA written by us) need none.
/// The parser stops at the `<!DOCTYPE` itself, before it reads any entity declaration, so an
/// expansion bomb costs nothing; external resources are refused by ``ExternalResourcePolicy``.
public enum XMLReader {
    /// Parses `bytes` as an XML document and returns its root element.
    public static func read(_ bytes: [UInt8]) throws -> XMLElement {
        let document = try parse(bytes)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLReadError(line: 1, column: 1, message: "the document has no root element")
        }
        return try element(from: root)
    }

    /// Parses `bytes` into a libxml2 document the caller frees, refusing a DTD as soon as it starts.
    static func parse(_ bytes: [UInt8]) throws -> xmlDocPtr {
        xmlInitParser()
        ExternalResourcePolicy.install()
        guard !bytes.isEmpty else { throw XMLReadError(line: 1, column: 1, message: "the document is empty") }
        guard let context = xmlNewParserCtxt() else {
            throw XMLReadError(line: 0, column: 0, message: "libxml2 could not allocate a parser context")
        }
        defer { xmlFreeParserCtxt(context) }
        let doctype = DoctypeSighting()
        context.pointee._private = Unmanaged.passUnretained(doctype).toOpaque()
        defer { context.pointee._private = nil }
        // Stop at the document type declaration, before its internal subset is read.
        context.pointee.sax?.pointee.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
            if let state = context.pointee._private {
                Unmanaged<DoctypeSighting>.fromOpaque(state).takeUnretainedValue().line = Int(context.pointee.input?.pointee.line ?? 1)
            }
            xmlStopParser(context)
        }
        // No XML_PARSE_NOENT (entities are not substituted), no DTDLOAD, no network.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, options)
            }
        }
        let refusal = "document type declarations are not accepted, because they can declare external or expanding entities"
        if let line = doctype.line {
            if let document { xmlFreeDoc(document) }
            throw XMLReadError(line: line, column: 1, message: refusal)
        }
        guard let document else {
            throw lastError(of: context) ?? XMLReadError(line: 0, column: 0, message: "not a well-formed XML document")
        }
        if let subset = document.pointee.intSubset {
            let line = Int(xmlGetLineNo(UnsafeMutablePointer(OpaquePointer(subset))))
            xmlFreeDoc(document)
            throw XMLReadError(line: line, column: 1, message: refusal)
        }
        return document
    }

    /// Parses the UTF-8 text `text` as an XML document.
    public static func read(_ text: String) throws -> XMLElement {
        try read(Array(text.utf8))
    }

    private static func lastError(of context: xmlParserCtxtPtr) -> XMLReadError? {
        let error = context.pointee.lastError
        guard error.code != 0 else { return nil }
        let message = error.message.map { String(cString: $0) }?.trimmingTrailingNewlines() ?? "malformed XML"
        return XMLReadError(line: Int(error.line), column: Int(error.int2), message: message)
    }

    private static func element(from node: xmlNodePtr) throws -> XMLElement {
        var result = XMLElement(
            name: node.pointee.name.map { String(cString: $0) } ?? "",
            namespace: node.pointee.ns?.pointee.href.map { String(cString: $0) },
            line: Int(xmlGetLineNo(node))
        )
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)
            result.attributes.append(XMLAttribute(
                name: current.pointee.name.map { String(cString: $0) } ?? "",
                namespace: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                value: value.map { String(cString: $0) } ?? ""
            ))
            if let value { xmlFree(value) }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(.element(try element(from: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    result.children.append(.text(String(cString: content)))
                }
            case XML_ENTITY_REF_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                throw XMLReadError(line: Int(xmlGetLineNo(current)), column: 1,
                                   message: "entity reference '&\(name);' is not accepted: only the predefined entities and character references are")
            default:
                break // comments and processing instructions carry no content
            }
            child = current.pointee.next
        }
        return result
    }

}

/// Where the parser met a document type declaration, if it did.
private final class DoctypeSighting {
    var line: Int?
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while let last = text.last, last.isNewline { text.removeLast() }
        return text
    }
}
