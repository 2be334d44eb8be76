internal import CLibXML2

/// Reads the tags of HTML fragments with libxml2's HTML parser and reports where each one is.
///
/// One tokenizer keeps one libxml2 parser context and reuses it for every fragment, so it is
/// cheap to call once per Markdown block. It is not thread-safe: use one per thread.
public final class HTMLTokenizer {
    private let context: htmlParserCtxtPtr
    private let state = TokenizerState()

    public init() {
        xmlInitParser()
        guard let context = htmlNewParserCtxt() else {
            fatalError("libxml2 could not allocate an HTML parser context")
        }
        self.context = context
        // Swap in a handler that builds no tree and records tags with their byte positions.
        let handler = UnsafeMutablePointer<htmlSAXHandler>.allocate(capacity: 1)
        handler.initialize(to: htmlSAXHandler())
        handler.pointee.startElement = { ctx, name, attributes in
            TokenizerState.from(ctx)?.startElement(ctx, name, attributes)
        }
        handler.pointee.endElement = { ctx, name in
            TokenizerState.from(ctx)?.endElement(ctx, name)
        }
        handler.pointee.characters = { ctx, _, _ in TokenizerState.from(ctx)?.consumed(ctx) }
        handler.pointee.ignorableWhitespace = { ctx, _, _ in TokenizerState.from(ctx)?.consumed(ctx) }
        handler.pointee.cdataBlock = { ctx, _, _ in TokenizerState.from(ctx)?.consumed(ctx) }
        handler.pointee.processingInstruction = { ctx, _, _ in TokenizerState.from(ctx)?.consumed(ctx) }
        handler.pointee.internalSubset = { ctx, _, _, _ in TokenizerState.from(ctx)?.consumed(ctx) }
        handler.pointee.comment = { ctx, _ in TokenizerState.from(ctx)?.comment(ctx) }
        handler.pointee.warning = nil
        handler.pointee.error = nil
        handler.pointee.serror = { _, _ in }
        let original = context.pointee.sax
        context.pointee.sax = UnsafeMutablePointer(OpaquePointer(handler))
        if let original { xmlFree(original) }
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
    }

    deinit {
        context.pointee._private = nil
        htmlFreeParserCtxt(context)
    }

    /// The tags written in `bytes`, in document order, with ranges relative to `bytes`.
    ///
    /// `bytes` must be valid UTF-8 without NUL bytes: they are read as UTF-8 without conversion,
    /// so byte offsets are those of the input.
    public func tags(in bytes: UnsafeBufferPointer<UInt8>) -> [HTMLTag] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        state.reset(bytes)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue)
        htmlCtxtReset(context)
        _ = htmlCtxtUseOptions(context, options)
        // The input is declared UTF-8 up front, so libxml2 installs no encoder and converts nothing:
        // its offsets are the input's. (A static buffer would avoid the copy, but libxml2 2.9
        // miscounts `consumed` once it copies one, so positions would be wrong.)
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            guard let buffer = xmlParserInputBufferCreateMem(chars, Int32(bytes.count), XML_CHAR_ENCODING_UTF8) else { return }
            guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_UTF8) else {
                xmlFreeParserInputBuffer(buffer)
                return
            }
            _ = inputPush(context, input)
            _ = htmlParseDocument(context)
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
        }
        let result = state.tags
        state.reset(nil)
        return result
    }

    /// The tags written in `text`; see ``tags(in:)-(UnsafeBufferPointer<UInt8>)``.
    public func tags(in text: String) -> [HTMLTag] {
        var text = text
        return text.withUTF8 { tags(in: $0) }
    }
}

/// What the tokenizer knows while libxml2 runs: the input and the end of the last markup read.
private final class TokenizerState {
    var bytes: UnsafeBufferPointer<UInt8>?
    var tags: [HTMLTag] = []
    /// Byte offset just past the last piece of input libxml2 reported.
    var lastEnd = 0

    static func from(_ ctx: UnsafeMutableRawPointer?) -> TokenizerState? {
        guard let ctx else { return nil }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = context.pointee._private else { return nil }
        return Unmanaged<TokenizerState>.fromOpaque(state).takeUnretainedValue()
    }

    func reset(_ bytes: UnsafeBufferPointer<UInt8>?) {
        self.bytes = bytes
        tags = []
        tags.reserveCapacity(16)
        lastEnd = 0
    }

    /// The parser's position in the input, as a byte offset.
    ///
    /// libxml2 drops the start of its buffer as it goes (`base` moves forward), counting what it
    /// dropped in `consumed`; the two together give the offset from the start of the input.
    private func position(_ ctx: UnsafeMutableRawPointer?) -> Int {
        guard let ctx else { return lastEnd }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let input = context.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
            return lastEnd
        }
        return Int(input.pointee.consumed) + (cur - base)
    }

    func consumed(_ ctx: UnsafeMutableRawPointer?) {
        lastEnd = max(lastEnd, position(ctx))
    }

    func comment(_ ctx: UnsafeMutableRawPointer?) {
        let end = position(ctx)
        let start = tagStart(from: lastEnd, before: end)
        if let start { tags.append(HTMLTag(kind: .comment, name: "", range: start..<end)) }
        lastEnd = max(lastEnd, end)
    }

    func startElement(_ ctx: UnsafeMutableRawPointer?,
                      _ name: UnsafePointer<xmlChar>?,
                      _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let bytes, let name else { return }
        let at = position(ctx)
        // libxml2 reports a start tag before it consumes its closing `>` or `/>`.
        var end = at
        if end < bytes.count, bytes[end] == UInt8(ascii: ">") {
            end += 1
        } else if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/"), bytes[end + 1] == UInt8(ascii: ">") {
            end += 2
        }
        let tagName = String(cString: name)
        guard let start = tagStart(named: tagName, closing: false, from: lastEnd, before: end) else {
            return // implied by the parser, not written in the input
        }
        var parsed: [HTMLAttribute] = []
        if var cursor = attributes {
            while let key = cursor.pointee {
                let value = cursor.successor().pointee
                parsed.append(HTMLAttribute(name: String(cString: key), value: value.map { String(cString: $0) } ?? ""))
                cursor = cursor.advanced(by: 2)
            }
        }
        tags.append(HTMLTag(kind: .start, name: tagName, attributes: parsed, range: start..<end))
        lastEnd = end
    }

    func endElement(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
        guard let name else { return }
        let end = position(ctx)
        let tagName = String(cString: name)
        // An element closed implicitly has no `</name>` of its own at the current position.
        guard end > lastEnd, let start = tagStart(named: tagName, closing: true, from: lastEnd, before: end) else { return }
        tags.append(HTMLTag(kind: .end, name: tagName, range: start..<end))
        lastEnd = end
    }

    /// The `<name` (or `</name`) libxml2 just read: the first one between `from` and `end`.
    ///
    /// Markup libxml2 skipped without a callback (a stray `</a>`) may stand before it.
    private func tagStart(named name: String, closing: Bool, from: Int, before end: Int) -> Int? {
        guard let bytes else { return nil }
        var index = from
        while index < end, index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                if closing {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), matches(name, at: index + 2) { return index }
                } else if matches(name, at: index + 1) {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// The `<` that starts the markup libxml2 just read: the first one after `from`.
    private func tagStart(from: Int, before end: Int) -> Int? {
        guard let bytes else { return nil }
        var index = from
        while index < end, index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") { return index }
            index += 1
        }
        return nil
    }

    /// Whether the input spells `name` (ASCII, any case) at `offset`, followed by a non-name byte.
    private func matches(_ name: String, at offset: Int) -> Bool {
        guard let bytes else { return false }
        var index = offset
        for byte in name.utf8 {
            guard index < bytes.count else { return false }
            let written = bytes[index]
            let lower = (written >= 65 && written <= 90) ? written + 32 : written
            guard lower == byte else { return false }
            index += 1
        }
        guard index < bytes.count else { return true }
        let next = bytes[index]
        let isNameByte = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57)
            || next == UInt8(ascii: "-") || next == UInt8(ascii: ":") || next == UInt8(ascii: "_")
        return !isNameByte
    }
}
