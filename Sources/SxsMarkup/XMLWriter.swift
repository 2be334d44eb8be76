internal import CLibXML2

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
    private let indent: Bool
    private var finished = false
    /// For each open element: whether it holds mixed content, and whether it has child elements yet.
    private var openElements: [(mixed: Bool, hasChildren: Bool)] = []
    /// How many mixed-content elements are open (nothing is indented while any is).
    private var mixedDepth = 0

    /// A writer; with `indent`, elements are put on lines of their own, except inside mixed content.
    public init(indent: Bool = true) throws {
        xmlInitParser()
        guard let buffer = xmlBufferCreate() else { throw XMLWriteError(message: "libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriteError(message: "libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.indent = indent
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Writes the XML declaration (version 1.0, UTF-8) and, if given, the document type declaration.
    public func startDocument(doctype: Doctype? = nil) throws {
        try perform("start the document") { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }
        if let doctype {
            try perform("write the document type declaration") {
                withXMLStrings([doctype.name, doctype.publicID, doctype.systemID]) { strings in
                    xmlTextWriterWriteDTD(writer, strings[0], strings[1], strings[2], nil)
                }
            }
            // libxml2 ends the declaration without a line break.
            try perform("write the document type declaration") { xmlTextWriterWriteRaw(writer, "\n") }
        }
    }

    /// Opens element `name`; with `mixedContent`, nothing inside it is indented, so its text stays as written.
    public func startElement(_ name: String, mixedContent: Bool = false) throws {
        if indent, mixedDepth == 0, !openElements.isEmpty { try newline(depth: openElements.count) }
        try perform("open element '\(name)'") { withXMLStrings([name]) { xmlTextWriterStartElement(writer, $0[0]) } }
        if !openElements.isEmpty { openElements[openElements.count - 1].hasChildren = true }
        openElements.append((mixedContent, false))
        if mixedContent { mixedDepth += 1 }
    }

    /// Adds attribute `name` to the element just opened (before any content).
    public func attribute(_ name: String, _ value: String) throws {
        try perform("write attribute '\(name)'") {
            withXMLStrings([name, value]) { xmlTextWriterWriteAttribute(writer, $0[0], $0[1]) }
        }
    }

    /// Writes `text` as character data, escaped (characters XML cannot hold are left out).
    public func text(_ text: String) throws {
        try perform("write text") { withXMLStrings([text]) { xmlTextWriterWriteString(writer, $0[0]) } }
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        guard let element = openElements.popLast() else {
            throw XMLWriteError(message: "cannot close an element: none is open")
        }
        if element.mixed { mixedDepth -= 1 }
        if indent, mixedDepth == 0, !element.mixed, element.hasChildren { try newline(depth: openElements.count) }
        try perform("close an element") { xmlTextWriterEndElement(writer) }
    }

    /// A line break and two spaces per level, between elements of element-only content.
    private func newline(depth: Int) throws {
        let whitespace = "\n" + String(repeating: "  ", count: depth)
        try perform("indent") { xmlTextWriterWriteRaw(writer, whitespace) }
    }

    /// Writes `name` with `text` as its only content.
    public func element(_ name: String, text: String) throws {
        try startElement(name, mixedContent: true)
        try self.text(text)
        try endElement()
    }

    /// Closes every open element, ends the document and returns its UTF-8 bytes.
    public func finish() throws -> [UInt8] {
        while !openElements.isEmpty { try endElement() }
        try perform("end the document") { xmlTextWriterEndDocument(writer) }
        xmlFreeTextWriter(writer)
        finished = true
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// Runs one libxml2 call, unless the document is finished; a negative status is an error.
    private func perform(_ what: String, _ call: () -> Int32) throws {
        guard !finished else { throw XMLWriteError(message: "cannot \(what): the document is already finished") }
        if call() < 0 { throw XMLWriteError(message: "libxml2 could not \(what)") }
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
