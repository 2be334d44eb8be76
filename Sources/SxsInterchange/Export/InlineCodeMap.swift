import SideBySide
import SxsMarkup

/// The inline codes of one segment pair: its source and target as XLIFF content over one set of codes.
///
/// Paired markup (`**…**`, `*…*`, `~~…~~`, `[…](url)`, an HTML start tag and its end tag among the
/// same siblings) becomes an `open`/`close` code around its content; standalone markup (images,
/// code spans, other HTML, entities, backslash escapes, hard line breaks, characters XML cannot
/// hold) becomes a placeholder. Text is kept as written. A target code gets the id of the source
/// code with the same markup, if there is one not taken yet, so tools see them as the same code.
struct InlineCodeMap {
    /// Every code of the pair, source codes first.
    var codes: [InlineCode] = []
    /// The source as tokens.
    var source: [CodedToken] = []
    /// The target as tokens.
    var target: [CodedToken] = []

    /// The codes of `pair`; `bytes` are the file's, `escaping` how its texts are written there.
    init(pair: SegmentPair, bytes: [UInt8], escaping: TargetEscaping, tokenizer: HTMLTokenizer) {
        let reader = SideMarkupReader(bytes: bytes, escaping: escaping, tokenizer: tokenizer)
        let sourceDrafts = pair.source.map { reader.drafts(of: $0) } ?? []
        let targetDrafts = reader.drafts(of: pair.target)
        var next = 1
        var sourceIDs: [(draft: DraftCode, id: String, taken: Bool)] = []
        var codes: [InlineCode] = []
        source = sourceDrafts.assigningIDs { draft in
            let id = String(next)
            next += 1
            codes.append(draft.code(id: id))
            sourceIDs.append((draft, id, false))
            return id
        }
        target = targetDrafts.assigningIDs { draft in
            if let index = sourceIDs.firstIndex(where: { !$0.taken && $0.draft == draft }) {
                sourceIDs[index].taken = true
                return sourceIDs[index].id
            }
            let id = String(next)
            next += 1
            codes.append(draft.code(id: id))
            return id
        }
        self.codes = codes
    }
}

/// A code before it has an id: its kind, role and markup.
struct DraftCode: Hashable {
    var kind: InlineCode.Kind
    var role: InlineCode.Role
    var start: String
    var end: String

    func code(id: String) -> InlineCode {
        InlineCode(id: id, kind: kind, role: role, start: start, end: end)
    }
}

/// A token whose codes are drafts; `map` gives them ids (the same id for an open and its close).
enum DraftToken {
    case text(String)
    case placeholder(DraftCode)
    /// The start of a paired code; `pair` numbers it so that its close finds the same id.
    case open(DraftCode, pair: Int)
    case close(pair: Int)
}

extension Array where Element == DraftToken {
    /// The tokens with ids from `assign`, called once per code, in order.
    func assigningIDs(_ assign: (DraftCode) -> String) -> [CodedToken] {
        var pairs: [Int: String] = [:]
        return self.map { token in
            switch token {
            case .text(let text): return .text(text)
            case .placeholder(let draft): return .placeholder(assign(draft))
            case .open(let draft, let pair):
                let id = assign(draft)
                pairs[pair] = id
                return .open(id)
            case .close(let pair): return .close(pairs[pair] ?? "")
            }
        }
    }
}

/// Reads a side's markup from its inlines and the file's bytes.
struct SideMarkupReader {
    let bytes: [UInt8]
    let escaping: TargetEscaping
    let tokenizer: HTMLTokenizer

    /// HTML elements that have no end tag.
    private static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The side as draft tokens; a side whose inlines do not account for its text byte for byte is one text token.
    func drafts(of side: SegmentSide) -> [DraftToken] {
        let bounds = side.range.offsets
        guard bounds.upperBound <= bytes.count else { return Self.plain(side.text) }
        var pairCount = 0
        var pieces: [DraftToken] = []
        guard walk(side.inlines, bounds: bounds, into: &pieces, pairs: &pairCount) else { return Self.plain(side.text) }
        let merged = Self.merged(pieces)
        guard Self.text(of: merged) == side.text else { return Self.plain(side.text) }
        return Self.splittingNonXMLCharacters(merged)
    }

    private static func plain(_ text: String) -> [DraftToken] {
        splittingNonXMLCharacters(text.isEmpty ? [] : [.text(text)])
    }

    /// The side's text that `tokens` spell (markup and text joined).
    static func text(of tokens: [DraftToken]) -> String {
        var result = ""
        var ends: [Int: String] = [:]
        for token in tokens {
            switch token {
            case .text(let text): result += text
            case .placeholder(let draft): result += draft.start
            case .open(let draft, let pair): result += draft.start; ends[pair] = draft.end
            case .close(let pair): result += ends[pair] ?? ""
            }
        }
        return result
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: escaping.unescape(Array(bytes[range])), as: UTF8.self)
    }

    /// Appends the tokens of `inlines`, which lie in `bounds`; false when their ranges do not fit.
    private func walk(_ inlines: [Inline], bounds: Range<Int>, into tokens: inout [DraftToken], pairs: inout Int) -> Bool {
        var cursor = bounds.lowerBound
        var index = 0
        while index < inlines.count {
            let inline = inlines[index]
            var range = inline.range.offsets
            if case .code = inline.kind {
                // A code span's range may leave out its backticks: they belong to the code, not the text.
                while range.lowerBound > cursor, range.lowerBound - 1 < bytes.count, bytes[range.lowerBound - 1] == UInt8(ascii: "`") {
                    range = range.lowerBound - 1..<range.upperBound
                }
                while range.upperBound < bounds.upperBound, bytes[range.upperBound] == UInt8(ascii: "`") {
                    range = range.lowerBound..<range.upperBound + 1
                }
            }
            guard range.lowerBound >= cursor, range.upperBound <= bounds.upperBound else { return false }
            if cursor < range.lowerBound { tokens.append(.text(string(cursor..<range.lowerBound))) }
            cursor = range.upperBound
            index += 1
            switch inline.kind {
            case .text, .softBreak:
                tokens.append(.text(string(range)))
            case .strong, .emphasis, .strikethrough, .link:
                let role: InlineCode.Role = switch inline.kind {
                case .strong: .bold
                case .emphasis: .italic
                case .strikethrough: .strikethrough
                default: .link
                }
                guard let first = inline.children.first?.range.offsets.lowerBound,
                      let last = inline.children.last?.range.offsets.upperBound,
                      range.lowerBound < first, first <= last, last < range.upperBound else {
                    tokens.append(.placeholder(DraftCode(kind: .standalone, role: role, start: string(range), end: "")))
                    continue
                }
                let pair = pairs
                pairs += 1
                tokens.append(.open(DraftCode(kind: .paired, role: role, start: string(range.lowerBound..<first),
                                              end: string(last..<range.upperBound)), pair: pair))
                guard walk(inline.children, bounds: first..<last, into: &tokens, pairs: &pairs) else { return false }
                tokens.append(.close(pair: pair))
            case .html(let html):
                if let end = matchingEndTag(of: html, in: inlines, from: index) {
                    let endRange = inlines[end].range.offsets
                    guard endRange.lowerBound >= range.upperBound, endRange.upperBound <= bounds.upperBound else { return false }
                    let pair = pairs
                    pairs += 1
                    tokens.append(.open(DraftCode(kind: .paired, role: .html, start: string(range), end: string(endRange)), pair: pair))
                    guard walk(Array(inlines[index..<end]), bounds: range.upperBound..<endRange.lowerBound, into: &tokens, pairs: &pairs) else { return false }
                    tokens.append(.close(pair: pair))
                    cursor = endRange.upperBound
                    index = end + 1
                } else {
                    tokens.append(.placeholder(DraftCode(kind: .standalone, role: .html, start: string(range), end: "")))
                }
            case .image:
                tokens.append(.placeholder(DraftCode(kind: .standalone, role: .image, start: string(range), end: "")))
            case .code:
                tokens.append(.placeholder(DraftCode(kind: .standalone, role: .code, start: string(range), end: "")))
            case .entity:
                tokens.append(.placeholder(DraftCode(kind: .standalone, role: .entity, start: string(range), end: "")))
            case .escape:
                tokens.append(.placeholder(DraftCode(kind: .standalone, role: .escape, start: string(range), end: "")))
            case .lineBreak:
                tokens.append(.placeholder(DraftCode(kind: .standalone, role: .lineBreak, start: string(range), end: "")))
            }
        }
        if cursor < bounds.upperBound { tokens.append(.text(string(cursor..<bounds.upperBound))) }
        return true
    }

    /// The index of the sibling that closes the HTML start tag `html`, if it is one with an end tag among `inlines` from `start`.
    ///
    /// libxml2 reports a lone end tag only after its start, so a sibling is tried after `html`.
    private func matchingEndTag(of html: String, in inlines: [Inline], from start: Int) -> Int? {
        let tags = tokenizer.tags(in: html)
        guard tags.count == 1, let tag = tags.first, tag.kind == .start, !Self.voidElements.contains(tag.name),
              !html.utf8.reversed().drop(while: { $0 == 32 || $0 == 9 }).starts(with: [UInt8(ascii: ">"), UInt8(ascii: "/")]) else { return nil }
        var depth = 0
        for index in start..<inlines.count {
            guard case .html(let other) = inlines[index].kind else { continue }
            let alone = tokenizer.tags(in: other)
            if alone.count == 1, alone[0].kind == .start, alone[0].name == tag.name {
                depth += 1
                continue
            }
            let after = tokenizer.tags(in: html + other)
            guard after.count == 2, after[1].kind == .end, after[1].name == tag.name, after[1].range.lowerBound == html.utf8.count else { continue }
            if depth == 0 { return index }
            depth -= 1
        }
        return nil
    }

    /// Adjacent text tokens joined.
    private static func merged(_ tokens: [DraftToken]) -> [DraftToken] {
        var result: [DraftToken] = []
        for token in tokens {
            if case .text(let text) = token {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(token)
        }
        return result
    }

    /// Text tokens with every character XML cannot hold taken out as a standalone `character` code.
    private static func splittingNonXMLCharacters(_ tokens: [DraftToken]) -> [DraftToken] {
        tokens.flatMap { token -> [DraftToken] in
            guard case .text(let text) = token, !text.isXMLText else { return [token] }
            return text.xmlRuns.map { run in
                switch run {
                case .text(let text): .text(text)
                case .character(let scalar): .placeholder(DraftCode(kind: .standalone, role: .character, start: String(scalar), end: ""))
                }
            }
        }
    }
}
