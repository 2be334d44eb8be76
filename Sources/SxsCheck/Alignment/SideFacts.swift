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
    public var textRuns: [String]

    public init(_ side: SegmentSide, tokenizer: HTMLTokenizer) {
        var reader = SideReader(tokenizer: tokenizer)
        for inline in side.inlines { reader.visit(inline) }
        reader.endRun()
        // `\\*\\*` leaves two escapes side by side.
        if !reader.hasStrayEmphasis, ByteSearch.contains("\\*\\*", in: side.text) { reader.hasStrayEmphasis = true }
        plainText = reader.plainText
        labels = reader.labels
        links = reader.links
        images = reader.images
        code = reader.code
        htmlTags = reader.htmlTags
        prose = reader.prose
        hasStrayEmphasis = reader.hasStrayEmphasis
        textRuns = reader.runs
        let words = TextScanner(prose)
        numbers = words.numbers
        urls = words.urls
        emails = words.emails
        placeholders = words.placeholders
    }
}

/// One walk over a side's inlines that collects every fact read from its structure.
///
/// `plainText` is ``SegmentSide/plainText`` and `labels` ``SegmentSide/strongTexts``, built in the
/// same pass as the prose and the text runs instead of one walk each.
private struct SideReader {
    let tokenizer: HTMLTokenizer
    var plainText = ""
    var labels: [String] = []
    var links: [String] = []
    var images: [String] = []
    var code: [String] = []
    var htmlTags: [String] = []
    var prose = ""
    /// The text runs found so far, and the run being written.
    var runs: [String] = []
    var run = ""
    var hasStrayEmphasis = false
    /// Whether the walk is inside a strong element (whose text is one label, nested strong included).
    var inStrong = false

    init(tokenizer: HTMLTokenizer) { self.tokenizer = tokenizer }

    mutating func visit(_ inline: Inline) {
        switch inline.kind {
        case .text(let text):
            plainText += text
            prose += text
            run += text
            if !hasStrayEmphasis, ByteSearch.contains("**", in: text) { hasStrayEmphasis = true }
        case .escape(let character):
            plainText += character
            prose += character
            if character == "*" { hasStrayEmphasis = true }
        case .entity(_, let decoded):
            plainText += decoded
            prose += decoded
        case .softBreak:
            plainText += " "
            prose += " "
        case .lineBreak:
            plainText += "\n"
            prose += " "
        case .code(let text):
            plainText += text
            code.append(text)
            prose += " "
        case .link(let destination, _):
            links.append(destination)
            visitChildren(of: inline)
        case .image(let destination, _):
            images.append(destination)
            // The alt text is plain text (and may hold a label), never prose.
            var alt = SideReader(tokenizer: tokenizer)
            alt.inStrong = inStrong
            for child in inline.children { alt.visit(child) }
            plainText += alt.plainText
            labels += alt.labels
        case .html(let raw):
            for tag in tokenizer.tags(in: raw) where tag.kind != .comment {
                htmlTags.append(tag.kind == .end ? "/" + tag.name : tag.name)
            }
        case .strong where !inStrong:
            endRun()
            let labelStart = plainText.utf8.count
            inStrong = true
            visitChildren(of: inline)
            inStrong = false
            labels.append(String(decoding: plainText.utf8.dropFirst(labelStart), as: UTF8.self))
            endRun()
        case .strong, .emphasis, .strikethrough:
            endRun()
            visitChildren(of: inline)
            endRun()
        }
    }

    private mutating func visitChildren(of inline: Inline) {
        for child in inline.children { visit(child) }
    }

    /// Closes the text run being written: markup starts or ends here, or the side ends.
    mutating func endRun() {
        if !run.isEmpty { runs.append(run) }
        run = ""
    }
}

/// Reads numbers, URLs, e-mail addresses and placeholders from plain text, on its UTF-8 bytes.
///
/// What it looks for is ASCII, but for the full-width digits (U+FF10 to U+FF19) and the full-width
/// comma and full stop (U+FF0C, U+FF0E), all written EF BC xx. A byte below 0x80 is a whole
/// character, and no ASCII byte occurs inside another character, so the character before or after a
/// match is a Latin letter, a slash or a digit exactly when its byte is.
struct TextScanner {
    /// The text's bytes, when a scan has anything to find.
    let bytes: [UInt8]
    /// What the text holds that a scan looks for; a scan whose mark is absent finds nothing.
    private let marks: Marks

    private struct Marks: OptionSet {
        let rawValue: UInt8
        static let digit = Marks(rawValue: 1)
        static let url = Marks(rawValue: 2)
        static let at = Marks(rawValue: 4)
        static let placeholder = Marks(rawValue: 8)
    }

    init(_ text: String) {
        // One pass over the bytes: most prose has no digit, URL, `@` or placeholder mark.
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Marks in
            var marks: Marks = []
            Self.byteRoles.withUnsafeBufferPointer { roles in
                for index in bytes.indices {
                    switch roles[Int(bytes[index])] {
                    case .none: continue
                    case .digit: marks.insert(.digit)
                    case .h: if index + 7 < bytes.count, bytes[index + 1] == UInt8(ascii: "t") { marks.insert(.url) }
                    case .at: marks.insert(.at)
                    case .placeholder: marks.insert(.placeholder)
                    case .fullWidthLead: if Self.isFullWidthDigit(at: index, in: bytes) { marks.insert(.digit) }
                    }
                }
            }
            return marks
        }
        let marks = found ?? [.digit, .url, .at, .placeholder]
        self.marks = marks
        bytes = marks.isEmpty ? [] : Array(text.utf8)
    }

    /// What a byte of prose may begin, as the scan for marks reads it.
    private enum ByteRole: UInt8 {
        case none, digit, h, at, placeholder, fullWidthLead
    }

    /// The role of each byte value: most bytes (letters, CJK) play none.
    private static let byteRoles: [ByteRole] = (0...255).map { (byte: Int) -> ByteRole in
        switch byte {
        case 0x30...0x39: .digit
        case Int(UInt8(ascii: "h")): .h
        case Int(UInt8(ascii: "@")): .at
        case Int(UInt8(ascii: "%")), Int(UInt8(ascii: "{")): .placeholder
        case 0xEF: .fullWidthLead
        default: .none
        }
    }

    /// Whether a full-width digit (U+FF10 to U+FF19, written EF BC 90 to EF BC 99) is at `index` of `bytes`.
    @inline(__always)
    private static func isFullWidthDigit<Bytes: RandomAccessCollection>(at index: Int, in bytes: Bytes) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
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

    /// Runs of digits, with `.` or `,` between digits kept as a decimal point or dropped as grouping.
    ///
    /// Digits glued to Latin letters belong to a name or code (21Vianet, O365, x64, 1st) and are
    /// left out; leading zeros are dropped (05 → 5) and a time keeps its hour (6:00 → 6).
    var numbers: [String] {
        guard marks.contains(.digit) else { return [] }
        var result: [String] = []
        var index = 0
        while index < bytes.count {
            guard let first = digit(at: index) else { index += 1; continue }
            let start = index
            var number: [UInt8] = [first.ascii]
            index += first.length
            while index < bytes.count {
                if let next = digit(at: index) {
                    number.append(next.ascii)
                    index += next.length
                } else if let separator = separator(at: index), digit(at: index + separator.length) != nil {
                    // 1,000 is grouping (three digits follow); 2.5 is a decimal point.
                    var following = 0, after = index + separator.length
                    while let next = digit(at: after) { following += 1; after += next.length }
                    if separator.isPoint || following != 3 { number.append(UInt8(ascii: ".")) }
                    index += separator.length
                } else {
                    break
                }
            }
            // A time: the hour counts, and the minutes unless they are 00.
            if index < bytes.count, bytes[index] == UInt8(ascii: ":"), let tens = digit(at: index + 1),
               let units = digit(at: index + 1 + tens.length) {
                let minutes = String(decoding: [tens.ascii, units.ascii], as: UTF8.self)
                index += 1 + tens.length + units.length
                if minutes != "00" { result.append(Self.trimmed(minutes)) }
            }
            let gluedBefore = start > 0 && Self.isLatinLetter(bytes[start - 1])
            let gluedAfter = index < bytes.count && Self.isLatinLetter(bytes[index])
            if !gluedBefore && !gluedAfter { result.append(Self.trimmed(String(decoding: number, as: UTF8.self))) }
        }
        return result
    }

    /// `05` → `5`, `0` stays.
    static func trimmed(_ number: String) -> String {
        let trimmed = number.drop { $0 == "0" }
        return trimmed.isEmpty || trimmed.first == "." ? "0" + trimmed : String(trimmed)
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

    /// `http://` and `https://` addresses, up to the first blank, non-ASCII character or bracket.
    var urls: [String] {
        guard marks.contains(.url) else { return [] }
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

    /// Addresses `name@domain.tld`, read outward from each `@` over the characters addresses use.
    var emails: [String] {
        guard marks.contains(.at) else { return [] }
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
            result.append(String(decoding: bytes[start...at] + domain, as: UTF8.self))
        }
        return result
    }

    /// `%1`, `%s`, `%d` (a full-width digit counts), and `{0}` to `{999}`.
    var placeholders: [String] {
        guard marks.contains(.placeholder) else { return [] }
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
