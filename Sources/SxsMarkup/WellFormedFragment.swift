internal import CLibXML2

/// libxml2's XML parser, reading for ``HTMLTokenizer`` the inputs that are well-formed XML
/// fragments of `span` and `a` elements, to the tags libxml2's HTML parser reads in them.
///
/// libxml2's HTML parser (2.9.14) spends about 4,000 instructions on each start tag, its XML
/// parser about a third of that; the segment spans of an article are well-formed XML. So the
/// tokenizer gives each input to the XML parser first, wrapped in one root element, and keeps the
/// tags it reads only when the reading shows that the HTML parser reads the same ones; otherwise
/// the HTML parser reads the input. Both are libxml2: nothing here parses markup.
///
/// The XML reading is kept when:
/// - the wrapped input is well-formed XML (libxml2's `wellFormed`) with no comment, processing
///   instruction, CDATA section or DOCTYPE (it cannot declare an entity);
/// - every element is a `span` or an `a` (in any ASCII case), and no `a` starts while another is open;
/// - no start tag holds an `&`, tab, line feed or carriage return;
/// - every attribute name is one the HTML parser reads whole (an ASCII letter, `_`, `:` or `.`,
///   then letters, digits, `:`, `-`, `_` or `.`; fewer than 100 bytes), and no two attributes of a
///   tag have the same name in lower case.
///
/// Why the HTML parser then reads the same tags:
/// - Elements: with `HTML_PARSE_NOIMPLIED` the HTML parser implies only a `p` around text outside
///   any element, which is not written and so not recorded. It closes an element on its own only
///   when a start tag closes it (`htmlAutoClose`): among `span` and `a`, only an `a` closes an open
///   `a`. An end tag closes the element on top of the stack in both, since XML nests them.
/// - Positions: both parsers report a start tag before its `>` or `/>` (and, for `/>`, an end at
///   once, which is not written and not recorded) and an end tag after its `>`. Text holds no `<`,
///   so the next tag's `<` is the first one after the end of the last tag (the HTML parser's text
///   callbacks only move that search's start inside the text).
/// - Names: the HTML parser lowers the ASCII letters of element and attribute names; the XML
///   reading records `span` and `a` and lowers attribute names the same way. The HTML parser keeps
///   the first of two attributes with one name; the XML parser refuses both, as it does a name the
///   HTML parser would cut short or stop in.
/// - Values: without `&` there is no reference to decode (the XML parser knows `&apos;`, HTML 4
///   does not), and without tab, line feed or carriage return the XML parser's attribute-value
///   normalization changes nothing: both give the bytes between the quotes. An unquoted value is
///   no XML.
/// - Encoding: the input is UTF-8, read without conversion by both (`IGNORE_ENC`).
final class WellFormedFragment {
    private let context: xmlParserCtxtPtr
    /// The wrapped input: ``open``, the input, ``close``; kept from input to input.
    private var storage: UnsafeMutablePointer<UInt8>?
    private var capacity = 0

    /// The root element the input is wrapped in, so that text and several elements make one document.
    private static let open: StaticString = "<r>"
    static let close: StaticString = "</r>"
    /// Blanks after the root's end tag, never read: with at least 250 bytes (`INPUT_CHUNK`) ahead of
    /// it anywhere in the input, libxml2 does not try to grow its buffer at every step.
    private static let padding = 256

    /// What the XML reading of the current input has found.
    struct Progress {
        /// Elements open, the wrapping root included.
        var depth = 0
        /// `a` elements open.
        var openAnchors = 0
        /// Whether the reading met something the HTML parser may read otherwise: its tags are not kept.
        var refused = false
    }

    init() {
        ExternalResourcePolicy.install()
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else {
            fatalError("libxml2 could not allocate an XML parser context")
        }
        self.context = context
        // SAX1 callbacks: `initialized` stays 0, so libxml2 calls startElement and endElement.
        let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
        handler.initialize(to: xmlSAXHandler())
        handler.pointee.startElement = { ctx, name, attributes in
            TokenizerState.with(ctx) { $0.startXMLElement(ctx, name, attributes) }
        }
        handler.pointee.endElement = { ctx, name in
            TokenizerState.with(ctx) { $0.endXMLElement(ctx, name) }
        }
        // No text callback: text holds no `<`, so the search for a tag's `<` from the end of the
        // last tag finds that tag's own, and libxml2 skips text without reporting it.
        handler.pointee.characters = nil
        handler.pointee.ignorableWhitespace = nil
        handler.pointee.comment = { ctx, _ in TokenizerState.with(ctx) { $0.refuseXML(ctx) } }
        handler.pointee.processingInstruction = { ctx, _, _ in TokenizerState.with(ctx) { $0.refuseXML(ctx) } }
        handler.pointee.cdataBlock = { ctx, _, _ in TokenizerState.with(ctx) { $0.refuseXML(ctx) } }
        handler.pointee.internalSubset = { ctx, _, _, _ in TokenizerState.with(ctx) { $0.refuseXML(ctx) } }
        handler.pointee.reference = { ctx, _ in TokenizerState.with(ctx) { $0.refuseXML(ctx) } }
        handler.pointee.warning = nil
        handler.pointee.error = nil
        handler.pointee.fatalError = nil
        let original = context.pointee.sax
        context.pointee.sax = handler
        if let original { xmlFree(original) }
    }

    deinit {
        context.pointee._private = nil
        xmlFreeParserCtxt(context)
        storage?.deallocate()
    }

    /// Lets the callbacks of this parser write to `state`, which must outlive it.
    func attach(_ state: TokenizerState) {
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
    }

    /// Reads `bytes` with the XML parser into `state.list`; false when the HTML parser must read them.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, into state: TokenizerState) -> Bool {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return false }
        let lead = Self.open.utf8CodeUnitCount
        let count = lead + bytes.count + Self.close.utf8CodeUnitCount + Self.padding
        guard count < Int(Int32.max) else { return false }
        if count > capacity {
            storage?.deallocate()
            capacity = max(count, 2 * capacity)
            storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        }
        guard let storage else { return false }
        storage.update(from: Self.open.utf8Start, count: lead)
        (storage + lead).update(from: source, count: bytes.count)
        (storage + lead + bytes.count).update(from: Self.close.utf8Start, count: Self.close.utf8CodeUnitCount)
        (storage + count - Self.padding).update(repeating: UInt8(ascii: " "), count: Self.padding)

        state.reset(bytes, lead: lead)
        defer {
            state.input = nil
            state.lead = 0
        }
        // No network, no DTD, no entity substitution; the bytes are UTF-8 whatever they declare.
        let options = Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)
        xmlCtxtReset(context)
        _ = xmlCtxtUseOptions(context, options)
        guard pushInput(storage, count: count, onto: context) else { return false }
        _ = xmlParseDocument(context)
        freeDocument(of: context)
        return context.pointee.wellFormed != 0 && !state.xml.refused && state.xml.depth == 0
    }

    /// `span` or `a` when `name` is one of them in any ASCII case, else nil.
    static func element(named name: UnsafePointer<UInt8>) -> StaticString? {
        if name[0].asciiLowercased == UInt8(ascii: "a"), name[1] == 0 { return "a" }
        if name[0].asciiLowercased == UInt8(ascii: "s"), name[1].asciiLowercased == UInt8(ascii: "p"),
           name[2].asciiLowercased == UInt8(ascii: "a"), name[3].asciiLowercased == UInt8(ascii: "n"), name[4] == 0 {
            return "span"
        }
        return nil
    }

    /// Whether the HTML parser reads the start tag `tag` (its bytes, `<` through `>`) with attribute
    /// values as written: it holds no `&`, tab, line feed or carriage return.
    static func hasLiteralValues(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var cursor = tag.baseAddress else { return true }
        let end = cursor + tag.count
        func isSpecial(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "&") || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // Eight bytes at a time: a word with no byte below 0x0E and no `&` holds none of them.
        while end - cursor >= 8 {
            let word = UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self)
            if word.bytes(below: 0x0E) | word.bytes(equalTo: UInt8(ascii: "&")) != 0 {
                for index in 0..<8 where isSpecial(cursor[index]) { return false }
            }
            cursor += 8
        }
        while cursor < end {
            if isSpecial(cursor.pointee) { return false }
            cursor += 1
        }
        return true
    }

    /// The length of `name` when the HTML parser (`htmlParseHTMLName`) reads all of it as one name,
    /// and whether it has an upper-case ASCII letter; nil when it does not read it whole.
    static func htmlName(_ name: UnsafePointer<UInt8>) -> (length: Int, hasUpperCase: Bool)? {
        var hasUpperCase = false
        var length = 0
        while true {
            let byte = name[length]
            if (byte | 0x20) &- 97 < 26 {
                hasUpperCase = hasUpperCase || byte < 97
            } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") {
            } else if length > 0, byte &- 48 < 10 || byte == UInt8(ascii: "-") {
            } else {
                return byte == 0 && length > 0 ? (length, hasUpperCase) : nil
            }
            length += 1
            guard length < 100 else { return nil }
        }
    }
}

extension TokenizerState {
    /// The XML parser read a start tag: recorded as the HTML parser reads it, or the reading is refused.
    func startXMLElement(_ ctx: UnsafeMutableRawPointer?,
                         _ name: UnsafePointer<xmlChar>?,
                         _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        xml.depth += 1
        guard xml.depth > 1 else { return } // the wrapping root
        guard let input, let name, let element = WellFormedFragment.element(named: name) else { return refuseXML(ctx) }
        if element.utf8CodeUnitCount == 1 {
            guard xml.openAnchors == 0 else { return refuseXML(ctx) }
            xml.openAnchors += 1
        }
        let end = startTagEnd(ctx)
        let attributesStart = list.attributeCount
        let tagName = UnsafeBufferPointer(start: element.utf8Start, count: element.utf8CodeUnitCount)
        guard let start = tagStart(named: tagName, closing: false, from: lastEnd, before: end),
              WellFormedFragment.hasLiteralValues(UnsafeBufferPointer(rebasing: input[start..<end])),
              appendXMLAttributes(attributes) else {
            return refuseXML(ctx)
        }
        list.appendTag(kind: .start, name: tagName, range: start..<end, attributesFrom: attributesStart)
        lastEnd = end
    }

    /// Appends the attributes of `pairs` (libxml2's name, value, …, nil list) to the list, names in
    /// lower case; false when the HTML parser may read them otherwise: a name it does not read whole,
    /// an attribute without a value, or two names alike in lower case.
    private func appendXMLAttributes(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> Bool {
        guard var cursor = pairs else { return true }
        let start = list.attributeCount
        while let name = cursor.pointee {
            guard let value = cursor[1], let (length, hasUpperCase) = WellFormedFragment.htmlName(name) else { return false }
            list.appendAttribute(name: UnsafeBufferPointer(start: name, count: length), lowercasing: hasUpperCase,
                                 value: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
            if list.lastAttributeRepeatsName(since: start) { return false }
            cursor += 2
        }
        return true
    }

    /// The XML parser read an end tag (or the end of an empty-element tag).
    func endXMLElement(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
        xml.depth -= 1
        guard xml.depth > 0 else {
            // The wrapping root ends: at the end of the input, or the input closed it early (then
            // it is not well-formed alone). libxml2 stops here, before the padding.
            if position(ctx) != (input?.count ?? -1) + WellFormedFragment.close.utf8CodeUnitCount { return refuseXML(ctx) }
            if let ctx { xmlStopParser(ctx.assumingMemoryBound(to: xmlParserCtxt.self)) }
            return
        }
        guard let name, let element = WellFormedFragment.element(named: name) else { return refuseXML(ctx) }
        if element.utf8CodeUnitCount == 1 { xml.openAnchors -= 1 }
        let end = position(ctx)
        // An empty-element tag (`/>`) ended where its start tag did: it has no end tag of its own.
        guard end > lastEnd else { return }
        let tagName = UnsafeBufferPointer(start: element.utf8Start, count: element.utf8CodeUnitCount)
        guard let start = tagStart(named: tagName, closing: true, from: lastEnd, before: end) else { return refuseXML(ctx) }
        list.appendTag(kind: .end, name: tagName, range: start..<end, attributesFrom: list.attributeCount)
        lastEnd = end
    }

    /// Gives up the XML reading of the current input: the HTML parser reads it.
    func refuseXML(_ ctx: UnsafeMutableRawPointer?) {
        xml.refused = true
        if let ctx { xmlStopParser(ctx.assumingMemoryBound(to: xmlParserCtxt.self)) }
    }
}
