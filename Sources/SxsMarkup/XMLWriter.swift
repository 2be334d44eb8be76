import CLibXML2

/// Why XML could not be written: what libxml2 refused (an element closed twice, text outside the root…).
public struct XMLWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Writes an XML document in memory with libxml2's `xmlTextWriter`, which escapes text and attributes.
///
/// Call ``startDocument(doctype:)``, then elements, attributes and text in document order, then
/// ``finish()`` for the UTF-8 bytes. Elements left open are closed by `finish()`. Not thread-safe;
/// use one writer per document.
public final class XMLWriter {
    /// A document type declaration: root element name and optional public and system identifiers.
    public struct Doctype: Sendable, Hashable {
        public var name: String
        public var publicID: String?
        public var systemID: String?

        public init(name: String, publicID: String? = nil, systemID: String? = nil) {
            self.name = name
            self.publicID = publicID
            self.systemID = systemID
        }
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// A writer; with `indent`, elements that hold only elements are put on lines of their own.
    public init(indent: Bool = true) throws {
        xmlInitParser()
        guard let buffer = xmlBufferCreate() else { throw XMLWriteError(message: "libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriteError(message: "libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Writes the XML declaration (version 1.0, UTF-8) and, if given, the document type declaration.
    public func startDocument(doctype: Doctype? = nil) throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
        if let doctype {
            try check(withXMLStrings([doctype.name, doctype.publicID, doctype.systemID]) { strings in
                xmlTextWriterWriteDTD(writer, strings[0], strings[1], strings[2], nil)
            }, "write the document type declaration")
        }
    }

    /// Opens element `name`.
    public func startElement(_ name: String) throws {
        try check(withXMLStrings([name]) { xmlTextWriterStartElement(writer, $0[0]) }, "open element '\(name)'")
    }

    /// Adds attribute `name` to the element just opened (before any content).
    public func attribute(_ name: String, _ value: String) throws {
        try check(withXMLStrings([name, value]) { xmlTextWriterWriteAttribute(writer, $0[0], $0[1]) },
                  "write attribute '\(name)'")
    }

    /// Writes `text` as character data, escaped (characters XML cannot hold are left out).
    public func text(_ text: String) throws {
        try check(withXMLStrings([text]) { xmlTextWriterWriteString(writer, $0[0]) }, "write text")
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "close an element")
    }

    /// Writes `name` with `text` as its only content.
    public func element(_ name: String, text: String) throws {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Closes every open element, ends the document and returns its UTF-8 bytes.
    public func finish() throws -> [UInt8] {
        guard !finished else { throw XMLWriteError(message: "the document is already finished") }
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        finished = true
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ status: Int32, _ what: String) throws {
        guard !finished else { throw XMLWriteError(message: "cannot \(what): the document is already finished") }
        if status < 0 { throw XMLWriteError(message: "libxml2 could not \(what)") }
    }

    /// Calls `body` with each string as a NUL-terminated `xmlChar` pointer (nil for nil).
    private func withXMLStrings<Result>(_ strings: [String?], _ body: ([UnsafePointer<xmlChar>?]) -> Result) -> Result {
        let storage: [[UInt8]?] = strings.map { $0.map { Array(Self.xmlCharacters($0).utf8) + [0] } }
        func nest(_ index: Int, _ pointers: [UnsafePointer<xmlChar>?]) -> Result {
            if index == storage.count { return body(pointers) }
            guard storage[index] != nil else { return nest(index + 1, pointers + [nil]) }
            return storage[index]!.withUnsafeBufferPointer { nest(index + 1, pointers + [$0.baseAddress]) }
        }
        return nest(0, [])
    }

    /// `text` without the characters XML 1.0 cannot hold (NUL and other C0 controls but tab, LF and CR).
    static func xmlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        return String(scalars)
    }
}
