internal import CLibXML2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads the tags of HTML fragments with libxml2's HTML parser and reports where each one is.
///
/// One tokenizer keeps one libxml2 parser context and reuses it for every fragment, so it is
/// cheap to call once per Markdown block. It is not thread-safe: use one per thread.
public final class HTMLTokenizer {
    private let context: htmlParserCtxtPtr
    /// libxml2's XML parser, which reads each input first, in case it is a well-formed fragment (see ``WellFormedFragment``).
    private let fragment = WellFormedFragment()
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
            TokenizerState.with(ctx) { $0.startElement(ctx, name, attributes) }
        }
        handler.pointee.endElement = { ctx, name in
            TokenizerState.with(ctx) { $0.endElement(ctx, name) }
        }
        handler.pointee.characters = { ctx, _, _ in TokenizerState.with(ctx) { $0.consumed(ctx) } }
        handler.pointee.ignorableWhitespace = { ctx, _, _ in TokenizerState.with(ctx) { $0.consumed(ctx) } }
        handler.pointee.cdataBlock = { ctx, _, _ in TokenizerState.with(ctx) { $0.consumed(ctx) } }
        handler.pointee.processingInstruction = { ctx, _, _ in TokenizerState.with(ctx) { $0.consumed(ctx) } }
        handler.pointee.internalSubset = { ctx, _, _, _ in TokenizerState.with(ctx) { $0.consumed(ctx) } }
        handler.pointee.comment = { ctx, _ in TokenizerState.with(ctx) { $0.comment(ctx) } }
        handler.pointee.warning = nil
        handler.pointee.error = nil
        handler.pointee.serror = { _, _ in }
        let original = context.pointee.sax
        context.pointee.sax = UnsafeMutablePointer(OpaquePointer(handler))
        if let original { xmlFree(original) }
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        fragment.attach(state)
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
        let list = tagList(in: bytes)
        return list.tags.indices.map { list.tag(at: $0) }
    }

    /// The tags written in `text`; see ``tags(in:)-(UnsafeBufferPointer<UInt8>)``.
    public func tags(in text: String) -> [HTMLTag] {
        var text = text
        return text.withUTF8 { tags(in: $0) }
    }

    /// The tags written in `bytes`, as ``tags(in:)-(UnsafeBufferPointer<UInt8>)`` reads them, stored flat.
    ///
    /// When the input has long runs of plain text, libxml2 reads a copy with each run collapsed to
    /// one byte (see ``TextRuns``), and the tags are kept only if none of them covers a collapsed
    /// run; otherwise the input is read again as it is.
    package func tagList(in bytes: UnsafeBufferPointer<UInt8>) -> HTMLTagList {
        guard !bytes.isEmpty else {
            lastReading = .asWritten
            return HTMLTagList()
        }
        if collapsesTextRuns, runs.find(in: bytes) {
            parse(runs.collapsed)
            if runs.restore(&state.list) {
                lastReading = .collapsed
                return state.list
            }
            lastReading = .collapsedThenAsWritten
        } else {
            lastReading = .asWritten
        }
        parse(bytes)
        return state.list
    }

    /// How ``tagList(in:)`` read an input.
    package enum Reading: Equatable, Sendable {
        /// libxml2 read the input as it is: it had no text run worth collapsing (or collapsing is off).
        case asWritten
        /// libxml2 read the input with its long text runs collapsed, and those tags were kept.
        case collapsed
        /// libxml2 read the input collapsed, a tag covered a collapsed run, so it read it again as it is.
        case collapsedThenAsWritten
    }

    /// Whether ``tagList(in:)`` lets libxml2 read inputs with their long text runs collapsed; on by default.
    ///
    /// The tags are the same either way: tests turn it off to compare.
    package var collapsesTextRuns = true
    /// How the last call to ``tagList(in:)`` read its input.
    package private(set) var lastReading = Reading.asWritten

    /// The text runs of the current input, and the input with them collapsed.
    private let runs = TextRuns()

    /// Which of libxml2's parsers read an input to its tags.
    package enum Parser: Equatable, Sendable {
        /// The HTML parser alone: the input is no well-formed XML fragment of the elements the XML parser may read.
        case html
        /// The XML parser: the input is a well-formed XML fragment the HTML parser reads to the same tags.
        case xml
        /// The XML parser began, found what it may not read, and the HTML parser read the input.
        case xmlThenHTML
    }

    /// Whether ``tagList(in:)`` lets libxml2's XML parser read the inputs that may be well-formed XML; on by default.
    ///
    /// The tags are the same either way: tests turn it off to compare.
    package var readsWellFormedFragmentsAsXML = true
    /// Which parser read the last input libxml2 was given (the collapsed copy, or the input as written).
    package private(set) var lastParser = Parser.html

    /// Runs libxml2 over `bytes` and leaves their tags, with ranges relative to `bytes`, in `state.list`.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
        if readsWellFormedFragmentsAsXML {
            if fragment.read(bytes, into: state) {
                lastParser = .xml
                return
            }
            lastParser = .xmlThenHTML
        } else {
            lastParser = .html
        }
        state.reset(bytes)
        defer { state.input = nil }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        // IGNORE_ENC: a `<meta charset>` written in an article must not switch libxml2 to another
        // decoding mid-input; the bytes are UTF-8, and offsets must stay the input's.
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)
        htmlCtxtReset(context)
        _ = htmlCtxtUseOptions(context, options)
        // The input is declared UTF-8 up front, so libxml2 installs no encoder and converts nothing:
        // its offsets are the input's. (A static buffer would avoid the copy, but libxml2 2.9
        // miscounts `consumed` once it copies one, so positions would be wrong.)
        guard pushInput(base, count: bytes.count, onto: context) else { return }
        _ = htmlParseDocument(context)
        freeDocument(of: context)
    }
}

/// Gives `context` the `count` UTF-8 bytes at `bytes` as its input, read without conversion;
/// false when libxml2 could not allocate it.
func pushInput(_ bytes: UnsafePointer<UInt8>, count: Int, onto context: xmlParserCtxtPtr) -> Bool {
    bytes.withMemoryRebound(to: CChar.self, capacity: count) { chars in
        guard let buffer = xmlParserInputBufferCreateMem(chars, Int32(count), XML_CHAR_ENCODING_UTF8) else { return false }
        // All the input is in the buffer: with no read callback, libxml2 stops trying to read
        // more each time it nears the end (which, in a short fragment, is all the time).
        buffer.pointee.readcallback = nil
        guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_UTF8) else {
            xmlFreeParserInputBuffer(buffer)
            return false
        }
        _ = inputPush(context, input)
        return true
    }
}

/// Frees the document libxml2 built in `context`, if any (the SAX handlers build none).
func freeDocument(of context: xmlParserCtxtPtr) {
    if let document = context.pointee.myDoc {
        xmlFreeDoc(document)
        context.pointee.myDoc = nil
    }
}

/// What the tokenizer knows while libxml2 runs: the input, the tags so far, and the end of the last markup read.
final class TokenizerState {
    var input: UnsafeBufferPointer<UInt8>?
    /// The tags read so far; its buffers are reused by the next input once the caller lets go of them.
    ///
    /// Only libxml2's callbacks change it, one at a time, on the tokenizer's thread.
    @exclusivity(unchecked) var list = HTMLTagList()
    /// Byte offset just past the last piece of input libxml2 reported.
    var lastEnd = 0
    /// How many bytes libxml2 reads before the input (the XML parser's wrapping root element).
    var lead = 0
    /// What the XML parser's reading has found so far (unused by the HTML parser).
    var xml = WellFormedFragment.Progress()

    /// Runs `body` on the state of the libxml2 context `ctx` (which the tokenizer keeps alive,
    /// so no reference is counted for the call).
    static func with(_ ctx: UnsafeMutableRawPointer?, _ body: (TokenizerState) -> Void) {
        guard let ctx, let state = ctx.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
        Unmanaged<TokenizerState>.fromOpaque(state)._withUnsafeGuaranteedRef(body)
    }

    func reset(_ input: UnsafeBufferPointer<UInt8>, lead: Int = 0) {
        self.input = input
        self.lead = lead
        list.removeAll()
        lastEnd = 0
        xml = WellFormedFragment.Progress()
    }

    /// The parser's position in the input, as a byte offset.
    ///
    /// libxml2 drops the start of its buffer as it goes (`base` moves forward), counting what it
    /// dropped in `consumed`; the two together give the offset from the start of the input.
    func position(_ ctx: UnsafeMutableRawPointer?) -> Int {
        guard let ctx else { return lastEnd }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let input = context.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
            return lastEnd
        }
        return Int(input.pointee.consumed) + (cur - base) - lead
    }

    func consumed(_ ctx: UnsafeMutableRawPointer?) {
        lastEnd = max(lastEnd, position(ctx))
    }

    func comment(_ ctx: UnsafeMutableRawPointer?) {
        let end = position(ctx)
        let start = tagStart(from: lastEnd, before: end)
        if let start { list.appendTag(kind: .comment, name: nil, range: start..<end) }
        lastEnd = max(lastEnd, end)
    }

    func startElement(_ ctx: UnsafeMutableRawPointer?,
                      _ name: UnsafePointer<xmlChar>?,
                      _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard input != nil, let name else { return }
        let end = startTagEnd(ctx)
        let tagName = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        guard let start = tagStart(named: tagName, closing: false, from: lastEnd, before: end) else {
            return // implied by the parser, not written in the input
        }
        list.appendTag(kind: .start, name: tagName, range: start..<end, attributes: attributes)
        lastEnd = end
    }

    /// Where the start tag libxml2 just reported ends: libxml2 reports it before it consumes its closing `>` or `/>`.
    func startTagEnd(_ ctx: UnsafeMutableRawPointer?) -> Int {
        var end = position(ctx)
        guard let input else { return end }
        if end < input.count, input[end] == UInt8(ascii: ">") {
            end += 1
        } else if end + 1 < input.count, input[end] == UInt8(ascii: "/"), input[end + 1] == UInt8(ascii: ">") {
            end += 2
        }
        return end
    }

    func endElement(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
        guard let name else { return }
        let end = position(ctx)
        let tagName = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        // An element closed implicitly has no `</name>` of its own at the current position.
        guard end > lastEnd, let start = tagStart(named: tagName, closing: true, from: lastEnd, before: end) else { return }
        list.appendTag(kind: .end, name: tagName, range: start..<end)
        lastEnd = end
    }

    /// The `<name` (or `</name`) libxml2 just read: the first one between `from` and `end`.
    ///
    /// Markup libxml2 skipped without a callback (a stray `</a>`) may stand before it.
    func tagStart(named name: UnsafeBufferPointer<UInt8>, closing: Bool, from: Int, before end: Int) -> Int? {
        guard let input else { return nil }
        var from = from
        while let index = tagStart(from: from, before: end) {
            if closing {
                if index + 1 < input.count, input[index + 1] == UInt8(ascii: "/"), matches(name, at: index + 2) { return index }
            } else if matches(name, at: index + 1) {
                return index
            }
            from = index + 1
        }
        return nil
    }

    /// The `<` that starts the markup libxml2 just read: the first one after `from`.
    private func tagStart(from: Int, before end: Int) -> Int? {
        guard let input, let base = input.baseAddress else { return nil }
        let limit = min(end, input.count)
        guard from < limit, let found = memchr(base + from, Int32(UInt8(ascii: "<")), limit - from) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Whether the input spells `name` (ASCII, any case) at `offset`, followed by a non-name byte.
    private func matches(_ name: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let input else { return false }
        var index = offset
        for byte in name {
            guard index < input.count else { return false }
            guard input[index].asciiLowercased == byte else { return false }
            index += 1
        }
        guard index < input.count else { return true }
        let next = input[index]
        let isNameByte = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57)
            || next == UInt8(ascii: "-") || next == UInt8(ascii: ":") || next == UInt8(ascii: "_")
        return !isNameByte
    }
}
