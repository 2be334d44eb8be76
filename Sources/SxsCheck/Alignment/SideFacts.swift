import Foundation
import SideBySide
import SxsMarkup

/// What the checks compare about one side of a pair: its UI labels, links, code, numbers….
///
/// Facts come from the parser's inline structure (never from the Markdown text with patterns);
/// numbers, URLs, e-mail addresses and placeholders are read from the plain text outside code.
public struct SideFacts: Sendable, Hashable {
    /// The side's text, markup removed, entities resolved.
    public var plainText: String
    /// The plain text without inline code and link destinations: where numbers and words are read.
    public var prose: String
    /// The text of each `**strong**` element, in order: the UI labels.
    public var labels: [String]
    /// Link destinations, in order.
    public var links: [String]
    /// Image destinations, in order.
    public var images: [String]
    /// Inline code, in order.
    public var code: [String]
    /// Raw HTML tags, as `name` or `/name`, lower case.
    public var htmlTags: [String]
    /// Numbers written with digits, normalised (full-width digits to ASCII, group separators removed).
    public var numbers: [String]
    /// URLs written in the text.
    public var urls: [String]
    /// E-mail addresses written in the text.
    public var emails: [String]
    /// Placeholders such as `%1`, `%s`, `{0}`.
    public var placeholders: [String]
    /// Whether the side's Markdown shows a literal or escaped `**` (emphasis that did not parse).
    public var hasStrayEmphasis: Bool
    /// Each run of plain text between markup, as written: where doubled words are looked for.
    public var textRuns: TextRuns

    public init(_ side: SegmentSide, tokenizer: HTMLTokenizer) {
        // Optional, so that `take()` moves the facts out: returning or assigning a variable that was
        // passed `inout` copies every array and string of it, then releases them.
        var facts: SideFacts? = SideFacts()
        Self.read(side, tokenizer: tokenizer, into: &facts!)
        self = facts.take()!
    }

    /// Writes the facts of `side` into `facts` (empty), in one walk over its inlines and one scan of its prose.
    private static func read(_ side: SegmentSide, tokenizer: HTMLTokenizer, into facts: inout SideFacts) {
        var reader = SideReader(tokenizer: tokenizer)
        // Each inline is read where its array holds it: passed as a value, it was copied (its strings and
        // children retained) and let go of once per inline.
        side.inlines.withUnsafeBufferPointer { inlines in
            for index in inlines.indices { reader.visit(inlines.baseAddress! + index, into: &facts) }
        }
        reader.finish(&facts)
        // `\\*\\*` leaves two escapes side by side.
        if !facts.hasStrayEmphasis, ByteSearch.contains(literal: "\\*\\*", in: side.text) { facts.hasStrayEmphasis = true }
        let words = TextScanner(facts.prose)
        facts.numbers = words.numbers
        facts.urls = words.urls
        facts.emails = words.emails
        facts.placeholders = words.placeholders
    }

    /// No facts: a side with no text.
    private init() {
        plainText = ""
        prose = ""
        labels = []
        links = []
        images = []
        code = []
        htmlTags = []
        numbers = []
        urls = []
        emails = []
        placeholders = []
        hasStrayEmphasis = false
        textRuns = TextRuns()
    }
}

/// The runs of plain text of a side, in order (``SideFacts/textRuns``).
///
/// Most sides are one run, kept without an array: an array of one would be allocated for each side.
public struct TextRuns: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Hashable {
    /// The first run; nil when there is none.
    private var head: String?
    /// The runs after the first.
    private var tail: [String] = []

    /// No run.
    public init() {}

    public init(arrayLiteral runs: String...) {
        for run in runs { append(run) }
    }

    /// Adds `run` after the others.
    mutating func append(_ run: String) {
        if head == nil { head = run } else { tail.append(run) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { head == nil ? 0 : 1 + tail.count }
    public subscript(position: Int) -> String { position == 0 ? head! : tail[position - 1] }
}

/// One walk over a side's inlines that writes every fact read from their structure into the side's facts.
///
/// `plainText` is ``SegmentSide/plainText`` and `labels` ``SegmentSide/strongTexts``, built in the
/// same pass as the prose and the text runs instead of one walk each. The prose is the plain text
/// until the two part (at code, a line break or an image's alt text): only from there is it written apart.
private struct SideReader {
    let tokenizer: HTMLTokenizer
    /// The text run being written.
    var run = ""
    /// Whether the walk is inside a strong element (whose text is one label, nested strong included).
    var inStrong = false
    /// Whether the walk is inside an image's alt text: plain text (which may hold a label), and no other fact.
    var inAltText = false
    /// Whether the prose is the plain text so far, and is not written apart.
    var proseIsPlainText = true

    init(tokenizer: HTMLTokenizer) { self.tokenizer = tokenizer }

    /// Writes the facts of the inline at `inline` (in an array that outlives the walk) and of those inside it.
    mutating func visit(_ inline: UnsafePointer<Inline>, into facts: inout SideFacts) {
        switch inline.pointee.kind {
        case .text(let text):
            facts.plainText += text
            guard !inAltText else { return }
            if !proseIsPlainText { facts.prose += text }
            run += text
            if !facts.hasStrayEmphasis, ByteSearch.contains(literal: "**", in: text) { facts.hasStrayEmphasis = true }
        case .escape(let character):
            facts.plainText += character
            guard !inAltText else { return }
            if !proseIsPlainText { facts.prose += character }
            if character == "*" { facts.hasStrayEmphasis = true }
        case .entity(_, let decoded):
            facts.plainText += decoded
            if !inAltText && !proseIsPlainText { facts.prose += decoded }
        case .softBreak:
            facts.plainText += " "
            if !inAltText && !proseIsPlainText { facts.prose += " " }
        case .lineBreak:
            guard !inAltText else { facts.plainText += "\n"; return }
            partProse(&facts)
            facts.plainText += "\n"
            facts.prose += " "
        case .code(let text):
            guard !inAltText else { facts.plainText += text; return }
            partProse(&facts)
            facts.plainText += text
            facts.code.append(text)
            facts.prose += " "
        case .link(let destination, _):
            if !inAltText { facts.links.append(destination) }
            visitChildren(of: inline, into: &facts)
        case .image(let destination, _):
            // The alt text is plain text (and may hold a label), never prose.
            if !inAltText {
                facts.images.append(destination)
                if !inline.pointee.children.isEmpty { partProse(&facts) }
            }
            let wasInAltText = inAltText
            inAltText = true
            visitChildren(of: inline, into: &facts)
            inAltText = wasInAltText
        case .html(let raw):
            guard !inAltText else { return }
            for tag in tokenizer.tags(in: raw) where tag.kind != .comment {
                facts.htmlTags.append(tag.kind == .end ? "/" + tag.name : tag.name)
            }
        case .strong where !inStrong:
            endRun(&facts)
            let labelStart = facts.plainText.utf8.count
            inStrong = true
            visitChildren(of: inline, into: &facts)
            inStrong = false
            facts.labels.append(String(decoding: facts.plainText.utf8.dropFirst(labelStart), as: UTF8.self))
            endRun(&facts)
        case .strong, .emphasis, .strikethrough:
            endRun(&facts)
            visitChildren(of: inline, into: &facts)
            endRun(&facts)
        }
    }

    private mutating func visitChildren(of inline: UnsafePointer<Inline>, into facts: inout SideFacts) {
        inline.pointee.children.withUnsafeBufferPointer { children in
            for index in children.indices { visit(children.baseAddress! + index, into: &facts) }
        }
    }

    /// The prose parts from the plain text here: what follows is written to each apart.
    private mutating func partProse(_ facts: inout SideFacts) {
        guard proseIsPlainText else { return }
        facts.prose = facts.plainText
        proseIsPlainText = false
    }

    /// Closes the text run being written: markup starts or ends here (outside alt text, whose runs are none).
    mutating func endRun(_ facts: inout SideFacts) {
        guard !inAltText else { return }
        if !run.isEmpty { facts.textRuns.append(run) }
        run = ""
    }

    /// Ends the walk: the side ends here.
    mutating func finish(_ facts: inout SideFacts) {
        endRun(&facts)
        if proseIsPlainText { facts.prose = facts.plainText }
    }
}

/// Reads numbers, URLs, e-mail addresses and placeholders from plain text, on its UTF-8 bytes.
///
/// What it looks for is ASCII, but for the full-width digits (U+FF10 to U+FF19) and the full-width
/// comma and full stop (U+FF0C, U+FF0E), all written EF BC xx. A byte below 0x80 is a whole
/// character, and no ASCII byte occurs inside another character, so the character before or after a
/// match is a Latin letter, a slash or a digit exactly when its byte is.
struct TextScanner {
    /// The text scanned.
    let text: String
    /// What the text holds that a scan looks for; a scan whose mark is absent finds nothing.
    private let marks: Marks

    private struct Marks: OptionSet {
        let rawValue: UInt8
        static let digit = Marks(rawValue: 1)
        static let url = Marks(rawValue: 2)
        static let at = Marks(rawValue: 4)
        static let placeholder = Marks(rawValue: 8)
        /// A `:`, which may begin the `://` of a URL.
        static let colon = Marks(rawValue: 16)
        /// An EF byte, which may begin a full-width digit.
        static let fullWidthLead = Marks(rawValue: 32)
    }

    init(_ text: String) {
        self.text = text
        marks = text.utf8.withContiguousStorageIfAvailable(Self.marks(in:)) ?? [.digit, .url, .at, .placeholder]
    }

    /// What `bytes` hold that a scan looks for: most prose has no digit, URL, `@` or placeholder mark.
    ///
    /// One pass gathers what the bytes are or may begin, by table and without a branch; the few
    /// bytes that may begin a mark (`:` and EF) are then looked at where memchr finds them.
    private static func marks(in bytes: UnsafeBufferPointer<UInt8>) -> Marks {
        var seen: Marks = []
        byteMarks.withUnsafeBufferPointer { byteMarks in
            for byte in bytes { seen.formUnion(byteMarks[Int(byte)]) }
        }
        var marks = seen.intersection([.digit, .at, .placeholder])
        // The `://` of `http://` or `https://`: the scan for URLs tells which, if any.
        if seen.contains(.colon), Self.has(UInt8(ascii: ":"), in: bytes, where: { index in
            index >= 4 && index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
        }) {
            marks.insert(.url)
        }
        if seen.contains(.fullWidthLead), !marks.contains(.digit),
           Self.has(0xEF, in: bytes, where: { ScannedBytes.isFullWidthDigit(at: $0, in: bytes) }) {
            marks.insert(.digit)
        }
        return marks
    }

    /// Whether `byte` is at an index of `bytes` that `matches`, found with memchr.
    private static func has(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where matches: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(byte), bytes.count - index) {
            index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if matches(index) { return true }
            index += 1
        }
        return false
    }

    /// The mark each byte value is (an ASCII digit, `@`, `%` or `{`), or may begin (`:` the `://` of a
    /// URL, EF a full-width digit); most bytes (letters, CJK) are none.
    private static let byteMarks: [Marks] = (0...255).map { (byte: Int) -> Marks in
        switch byte {
        case 0x30...0x39: .digit
        case Int(UInt8(ascii: "@")): .at
        case Int(UInt8(ascii: "%")), Int(UInt8(ascii: "{")): .placeholder
        case Int(UInt8(ascii: ":")): .colon
        case 0xEF: .fullWidthLead
        default: []
        }
    }

    /// Runs of digits, with `.` or `,` between digits kept as a decimal point or dropped as grouping.
    ///
    /// Digits glued to Latin letters belong to a name or code (21Vianet, O365, x64, 1st) and are
    /// left out; leading zeros are dropped (05 → 5) and a time keeps its hour (6:00 → 6).
    var numbers: [String] { marks.contains(.digit) ? scan(\.numbers) : [] }

    /// `http://` and `https://` addresses, up to the first blank, non-ASCII character or bracket.
    var urls: [String] { marks.contains(.url) ? scan(\.urls) : [] }

    /// Addresses `name@domain.tld`, read outward from each `@` over the characters addresses use.
    var emails: [String] { marks.contains(.at) ? scan(\.emails) : [] }

    /// `%1`, `%s`, `%d` (a full-width digit counts), and `{0}` to `{999}`.
    var placeholders: [String] { marks.contains(.placeholder) ? scan(\.placeholders) : [] }

    /// What `read` finds in the text's bytes (read in place, not copied).
    private func scan(_ read: (ScannedBytes) -> [String]) -> [String] {
        var text = text
        return text.withUTF8 { read(ScannedBytes(bytes: $0)) }
    }
}

/// The scans of ``TextScanner``, over the UTF-8 bytes of its text.
private struct ScannedBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether a full-width digit (U+FF10 to U+FF19, written EF BC 90 to EF BC 99) is at `index` of `bytes`.
    @inline(__always)
    static func isFullWidthDigit(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBC && (0x90...0x99).contains(bytes[index + 2])
    }

    /// The digit written at `index` (ASCII or full-width), as an ASCII digit, and how many bytes it takes.
    @inline(__always)
    private func digit(at index: Int) -> (ascii: UInt8, length: Int)? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte >= 0x30 && byte <= 0x39 { return (byte, 1) }
        if Self.isFullWidthDigit(at: index, in: bytes) { return (bytes[index + 2] - 0x90 + 0x30, 3) }
        return nil
    }

    /// The separator written at `index` between digits (`,` `.` `，` `．`): whether it is a point, and its length.
    @inline(__always)
    private func separator(at index: Int) -> (isPoint: Bool, length: Int)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "."): return (true, 1)
        case UInt8(ascii: ","): return (false, 1)
        case 0xEF:
            guard index + 2 < bytes.count, bytes[index + 1] == 0xBC else { return nil }
            if bytes[index + 2] == 0x8E { return (true, 3) }
            if bytes[index + 2] == 0x8C { return (false, 3) }
            return nil
        default: return nil
        }
    }

    @inline(__always)
    private static func isLatinLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// ``TextScanner/numbers``.
    var numbers: [String] {
        var result: [String] = []
        // A number written as ASCII never has more bytes than it is written with.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { number in
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time up to the first that is an ASCII digit or EF (the lead byte of a full-width digit).
                if index + 8 <= bytes.count {
                    let word = ASCIIWord(bytes.baseAddress! + index)
                    if !word.hasByte(above: 0x2F, below: 0x3A), word.places(of: 0xEF) == 0 {
                        index += 8
                        continue
                    }
                }
                // Neither an ASCII digit nor the lead byte of a full-width one: no number starts here.
                let byte = bytes[index]
                guard byte &- 0x30 < 10 || byte == 0xEF, let first = digit(at: index) else { index += 1; continue }
                let start = index
                number[0] = first.ascii
                var length = 1
                index += first.length
                while index < bytes.count {
                    if let next = digit(at: index) {
                        number[length] = next.ascii
                        length += 1
                        index += next.length
                    } else if let separator = separator(at: index), digit(at: index + separator.length) != nil {
                        // 1,000 is grouping (three digits follow); 2.5 is a decimal point.
                        var following = 0, after = index + separator.length
                        while let next = digit(at: after) { following += 1; after += next.length }
                        if separator.isPoint || following != 3 {
                            number[length] = UInt8(ascii: ".")
                            length += 1
                        }
                        index += separator.length
                    } else {
                        break
                    }
                }
                // A time: the hour counts, and the minutes unless they are 00.
                if index < bytes.count, bytes[index] == UInt8(ascii: ":"), let tens = digit(at: index + 1),
                   let units = digit(at: index + 1 + tens.length) {
                    index += 1 + tens.length + units.length
                    if tens.ascii != UInt8(ascii: "0") || units.ascii != UInt8(ascii: "0") {
                        result.append(Self.trimmed(tens.ascii == UInt8(ascii: "0") ? [units.ascii] : [tens.ascii, units.ascii]))
                    }
                }
                let gluedBefore = start > 0 && Self.isLatinLetter(bytes[start - 1])
                let gluedAfter = index < bytes.count && Self.isLatinLetter(bytes[index])
                if !gluedBefore && !gluedAfter { result.append(Self.trimmed(UnsafeBufferPointer(rebasing: number[..<length]))) }
            }
        }
        return result
    }

    /// The ASCII number `digits` without leading zeros: `05` → `5`; `0` and `0.5` keep their zero.
    static func trimmed<Digits: RandomAccessCollection<UInt8>>(_ digits: Digits) -> String where Digits.Index == Int {
        var start = digits.startIndex
        while start < digits.endIndex, digits[start] == UInt8(ascii: "0") { start += 1 }
        // Only zeros, or zeros before a point: the last of them stays.
        if start > digits.startIndex, start == digits.endIndex || digits[start] == UInt8(ascii: ".") { start -= 1 }
        return String(decoding: digits[start...], as: UTF8.self)
    }

    /// Bytes a URL or e-mail address is written with (ASCII, no blanks or quotes).
    @inline(__always)
    private static func isAddressByte(_ byte: UInt8) -> Bool {
        guard byte < 0x80, byte > 32 else { return false }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"),
             UInt8(ascii: "^"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Whether `bytes` spell `prefix` at `index`.
    private func has(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// ``TextScanner/urls``.
    var urls: [String] {
        var result: [String] = []
        var index = 0
        // A scheme and at least one character after it (seven ASCII bytes, then any character).
        while index + 7 < bytes.count {
            let scheme = bytes[index] != UInt8(ascii: "h") ? 0 : has("https://", at: index) ? 8 : has("http://", at: index) ? 7 : 0
            guard scheme > 0 else { index += 1; continue }
            var end = index + scheme
            while end < bytes.count, Self.isAddressByte(bytes[end]) { end += 1 }
            var url = bytes[index..<end]
            while let last = url.last, ".,;:!?".utf8.contains(last) { url.removeLast() }
            result.append(String(decoding: url, as: UTF8.self))
            index = end
        }
        return result
    }

    /// ``TextScanner/emails``.
    var emails: [String] {
        var result: [String] = []
        func isLocal(_ byte: UInt8) -> Bool {
            Self.isLatinLetter(byte) || (byte >= 0x30 && byte <= 0x39) || "._%+-".utf8.contains(byte)
        }
        func isDomain(_ byte: UInt8) -> Bool {
            Self.isLatinLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocal(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isDomain(bytes[end]) { end += 1 }
            var domain = bytes[(at + 1)..<end]
            while let last = domain.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "-") { domain.removeLast() }
            guard start < at, domain.contains(UInt8(ascii: ".")), !(start > 0 && bytes[start - 1] == UInt8(ascii: "/")) else { continue }
            result.append(String(decoding: Array(bytes[start...at]) + domain, as: UTF8.self))
        }
        return result
    }

    /// ``TextScanner/placeholders``.
    var placeholders: [String] {
        var result: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let length = digit(at: index + 1)?.length
                    ?? (index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "s") || bytes[index + 1] == UInt8(ascii: "d")) ? 1 : 0)
                if length > 0 {
                    result.append(String(decoding: bytes[index...(index + length)], as: UTF8.self))
                    index += 1 + length
                    continue
                }
            }
            if byte == UInt8(ascii: "{") {
                // One to three ASCII digits, then `}`.
                var close = index + 1
                while close < bytes.count, close <= index + 3, bytes[close] >= 0x30, bytes[close] <= 0x39 { close += 1 }
                if close > index + 1, close <= index + 4, close < bytes.count, bytes[close] == UInt8(ascii: "}") {
                    result.append(String(decoding: bytes[index...close], as: UTF8.self))
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
