import Foundation
import SideBySide
import SxsMarkup
import SxsProcedures

/// What the rules know besides the article: locale conventions, terminology, the current English.
public struct CheckContext: Sendable {
    /// Conventions by locale (`zh-CN`).
    public var conventions: [String: LocaleConventions]
    /// Product UI strings by locale.
    public var terminology: [String: Terminology]
    /// The current English source of each article, by file name, when checking with `--against`.
    public var currentEnglish: [String: CurrentEnglish]
    /// Procedure phrase patterns by locale (`locales/<locale>/procedures.yml`), en-US for sources.
    public var procedurePatterns: [String: LocaleProcedurePatterns] = [:] {
        didSet { procedureRecognizers = procedurePatterns.mapValues(StepRecognizer.init(patterns:)) }
    }
    /// A step recognizer for each locale of ``procedurePatterns``, made when they are set.
    ///
    /// Made once, not for every article: making one compares the locale's patterns in full with
    /// those compiled before, to share their compiled form.
    public private(set) var procedureRecognizers: [String: StepRecognizer] = [:]
    /// Translations outside the files checked (`--tm`) that the consistency rules also compare with.
    public var translationIndex: (any TranslationIndex)?

    public init(conventions: [String: LocaleConventions] = [:], terminology: [String: Terminology] = [:],
                currentEnglish: [String: CurrentEnglish] = [:]) {
        self.conventions = conventions
        self.terminology = terminology
        self.currentEnglish = currentEnglish
    }

    public func conventions(for locale: String?) -> LocaleConventions? { locale.flatMap { conventions[$0] } }
    public func terminology(for locale: String?) -> Terminology? { locale.flatMap { terminology[$0] } }
}

/// The text of a current en-US article, to find stale translations.
public struct CurrentEnglish: Sendable, Hashable {
    /// Each English sentence as written, for word diffs.
    public var written: [String]
    /// The article's blocks (paragraphs, headings, cells), normalised: an English source still in the
    /// article is written inside one of them, whatever markup surrounds it.
    public var blocks: [String]
    public var path: String

    public init(sentences: [String], blocks: [String]? = nil, path: String) {
        self.written = sentences
        self.blocks = (blocks ?? sentences).map(TextNormalization.normalized)
        self.path = path
    }

    /// Whether `source` (Markdown, as a pair holds it) is still written in the article.
    public func contains(_ source: String) -> Bool {
        let normalized = TextNormalization.normalized(source)
        return blocks.contains { $0.contains(normalized) }
    }
}

/// How texts are compared loosely: case, spacing and typographic quotes do not count.
public enum TextNormalization {
    /// Lower case, white space runs as one space (none at the ends), typographic quotes as ASCII.
    public static func normalized(_ text: String) -> String {
        forms(of: text, writing: .normalized).normalized
    }

    /// Appends `scalar` lower-cased, as UTF-8 (ASCII and CJK without a table lookup).
    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value).asciiLowercased)
        } else if (0x3000..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value) || !scalar.properties.changesWhenLowercased {
            // CJK punctuation, kana, ideographs and Hangul have no case.
            UTF8.encode(scalar) { bytes.append($0) }
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { bytes.append($0) } }
        }
    }

    /// Whether `scalar` is white space: Unicode's White_Space property, answered without a table lookup.
    ///
    /// The property holds 25 code points and has not changed since Unicode 6.3; a test compares
    /// this answer with `Unicode.Scalar.Properties.isWhitespace` for every scalar.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        return value == 0x1680 || (0x2000...0x200A).contains(value) || value == 0x2028 || value == 0x2029
            || value == 0x202F || value == 0x205F || value == 0x3000
    }

    /// The normalized and folded forms of `text`, made in one pass over its UTF-8.
    ///
    /// ``normalized(_:)`` and ``folded(_:)`` together; ASCII and the scripts without case
    /// (CJK, kana, Hangul, punctuation) are copied byte by byte, other scalars go through
    /// ``appendLowercased(_:to:)``.
    public static func forms(of text: String) -> (normalized: String, folded: String) {
        forms(of: text, writing: [.normalized, .folded])
    }

    /// Which forms ``forms(of:writing:)`` makes.
    private struct Forms: OptionSet {
        let rawValue: UInt8
        static let normalized = Forms(rawValue: 1)
        static let folded = Forms(rawValue: 2)
    }

    /// Whether the normalized form of `text` is `normalized`, byte for byte (as ``same(_:_:)``
    /// compares forms), told without making it: the comparison stops at the first byte that differs.
    public static func normalized(_ text: String, equals normalized: String) -> Bool {
        // The first character settles most comparisons (a translation with its English source) without a pass.
        if let first = firstNormalizedByte(of: text), let expectedFirst = normalized.utf8.first, first != expectedFirst { return false }
        var normalized = normalized
        return normalized.withUTF8 { expected in
            forms(of: text, writing: .normalized, expecting: expected).equal
        }
    }

    /// The first byte of the normalized form of `text`, when the first character but ASCII blanks tells it
    /// by its first byte: ASCII (lower-cased), or the lead byte of an ideograph (E4 to E9, copied as it is
    /// and never white space); nil for any other character, or none.
    @inline(__always)
    static func firstNormalizedByte(of text: String) -> UInt8? {
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            if byte < 0x80 { return byte.asciiLowercased }
            return (0xE4...0xE9).contains(byte) ? byte : nil
        }
        return nil
    }

    /// The forms of `text` asked for in `writing`; a form not asked for is empty.
    private static func forms(of text: String, writing: Forms) -> (normalized: String, folded: String) {
        forms(of: text, writing: writing, expecting: nil).forms
    }

    /// The forms of `text` asked for in `writing`, or, with `expected`, whether its normalized form
    /// is those bytes (and no form is made).
    private static func forms(of text: String, writing: Forms, expecting expected: UnsafeBufferPointer<UInt8>?)
        -> (forms: (normalized: String, folded: String), equal: Bool) {
        let writesNormalized = writing.contains(.normalized), writesFolded = writing.contains(.folded)
        // Written alone, the normalized form keeps a single space between printable characters as it is:
        // an ASCII run goes on over it (the folded form drops every space).
        let spansSpaces = writesNormalized && !writesFolded
        let original = text
        var text = text
        return text.withUTF8 { bytes in
            // Lower-casing grows a character by half at most (İ to i̇, Ⱥ to ⱥ): the scratch is big enough.
            // A comparison writes nothing: it needs no scratch.
            let capacity = expected == nil ? bytes.count + bytes.count / 2 + 8 : 0
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { scratch in
                var normalized = ByteWriter(UnsafeMutableBufferPointer(rebasing: scratch[..<capacity]), writes: writesNormalized,
                                            expecting: expected)
                var folded = ByteWriter(UnsafeMutableBufferPointer(rebasing: scratch[capacity...]), writes: writesFolded)
                var pendingSpace = false
                var index = 0
                while index < bytes.count && !normalized.differs {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        if lead == 0x20 || (0x09...0x0D).contains(lead) {
                            index += 1
                            pendingSpace = normalized.count > 0
                            continue
                        }
                        if pendingSpace { normalized.append(0x20); pendingSpace = false }
                        // The run of ASCII up to the next blank or other byte: both forms lower-case it.
                        let end = Self.asciiRunEnd(from: index + 1, in: bytes, spanningSpaces: spansSpaces)
                        let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                        normalized.appendLowercasedASCII(run)
                        folded.appendLowercasedASCII(run)
                        index = end
                        continue
                    }
                    // Kana, CJK punctuation and ideographs (U+3001 to U+9FFF, lead bytes E3 to E9) have no
                    // case, no quote or full-width form, and no blank but U+3000: both forms copy a run of them.
                    if Self.isCopiedCJK(at: index, in: bytes) {
                        if pendingSpace { normalized.append(0x20); pendingSpace = false }
                        var end = index + 3
                        // Compared with expected bytes, a character at a time: the first that differs ends the comparison.
                        if expected == nil { while Self.isCopiedCJK(at: end, in: bytes) { end += 3 } }
                        let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                        normalized.append(contentsOf: run)
                        folded.append(contentsOf: run)
                        index = end
                        continue
                    }
                    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let end = min(index + length, bytes.count)
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for next in (index + 1)..<end { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    if isWhitespace(scalar) {
                        pendingSpace = normalized.count > 0
                        index = end
                        continue
                    }
                    if pendingSpace { normalized.append(0x20); pendingSpace = false }
                    let written = UnsafeBufferPointer(rebasing: bytes[index..<end])
                    let fullWidth = (0xFF01...0xFF5E).contains(value) ? Unicode.Scalar(value - 0xFEE0) : nil
                    if hasNoCase(value) {
                        switch value {
                        case 0x2018, 0x2019: normalized.append(0x27)
                        case 0x201C, 0x201D: normalized.append(0x22)
                        default: normalized.append(contentsOf: written)
                        }
                        if let fullWidth { folded.appendLowercased(fullWidth) } else { folded.append(contentsOf: written) }
                    } else {
                        normalized.appendLowercased(scalar)
                        folded.appendLowercased(fullWidth ?? scalar)
                    }
                    index = end
                }
                if let expected { return (("", ""), !normalized.differs && normalized.count == expected.count) }
                // A form that is the text as written (a folded translation without blanks or capitals) is the text
                // itself: no copy to allocate and validate.
                func string(_ form: ByteWriter) -> String {
                    let written = form.written
                    // A form not asked for is empty.
                    if written.isEmpty { return "" }
                    if written.count == bytes.count, memcmp(written.baseAddress!, bytes.baseAddress!, bytes.count) == 0 {
                        return original
                    }
                    return String(decoding: written, as: UTF8.self)
                }
                return ((string(normalized), string(folded)), false)
            }
        }
    }

    /// Where the run of ASCII that both forms copy but for case, going on at `start`, ends: printable
    /// characters and controls but blanks, and, `spanningSpaces`, single spaces each followed by a
    /// printable character (which the normalized form keeps as they are).
    ///
    /// Eight bytes at a time while they are all printable (``ASCIIWord``), then byte by byte.
    @inline(__always)
    static func asciiRunEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, spanningSpaces: Bool) -> Int {
        var end = start
        if let base = bytes.baseAddress {
            while end + 8 <= bytes.count {
                let word = ASCIIWord(base + end)
                // Not ASCII, or a byte below the space (a blank or a control): the bytes are read one by one.
                guard word.isASCII, !word.hasByteBelowSpace else { break }
                let spaces = word.spaces
                if spaces != 0 {
                    // Two spaces in a row, or a last space not followed by a printable character, are a blank run.
                    guard spanningSpaces, spaces & (spaces >> 8) == 0 else { break }
                    if spaces >> 56 != 0 { guard end + 8 < bytes.count, bytes[end + 8] &- 0x21 < 0x5F else { break } }
                }
                end += 8
            }
        }
        while end < bytes.count {
            // Printable ASCII (one comparison), or a control character but a blank.
            let byte = bytes[end]
            if byte &- 0x21 < 0x5F || (byte < 0x20 && !(0x09...0x0D).contains(byte)) {
                end += 1
            } else if spanningSpaces, byte == 0x20, end + 1 < bytes.count, bytes[end + 1] &- 0x21 < 0x5F {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Whether a kana, CJK punctuation mark or ideograph other than U+3000 (U+3001 to U+9FFF) is
    /// written at `index`: three bytes that both forms copy as they are.
    @inline(__always)
    private static func isCopiedCJK(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let lead = bytes[index]
        return lead >= 0xE3 && lead <= 0xE9 && (lead != 0xE3 || bytes[index + 1] != 0x80 || bytes[index + 2] != 0x80)
    }

    /// Whether the scalar `value` is in a block whose characters have no case: general punctuation,
    /// CJK symbols and punctuation, kana, ideographs, Hangul, and full-width forms but their letters.
    @inline(__always)
    static func hasNoCase(_ value: UInt32) -> Bool {
        (0x2000..<0x2070).contains(value) || (0x3000..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value)
            || ((0xFF00..<0xFFF0).contains(value) && !(0xFF21...0xFF3A).contains(value))
    }

    /// Whether two forms made by this type are the same text, byte for byte.
    ///
    /// Forms are compared as written, not by canonical equivalence: they are cheaper to compare
    /// that way, and a translation and its source written in different normalization forms differ.
    @inline(__always)
    public static func same(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var first = first, second = second
        return first.withUTF8 { one in
            second.withUTF8 { other in one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0 }
        }
    }

    /// A looser form for comparing translations: no blanks at all, full-width letters, digits and
    /// punctuation folded to ASCII, lower case ("Azure AD 域" and "Azure AD域" are one text).
    public static func folded(_ text: String) -> String {
        forms(of: text, writing: .folded).folded
    }
}

/// UTF-8 written into a buffer the writer does not own, whose capacity the caller has made sufficient.
///
/// A writer made with `writes: false` stands for a form nobody asked for: it writes nothing. A
/// writer made with `expecting:` writes nothing either: it compares what it is given with those bytes.
private struct ByteWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let writes: Bool
    /// The bytes the form is compared with, for a writer that compares.
    private let expected: UnsafeBufferPointer<UInt8>?
    private(set) var count = 0
    /// Whether a byte given so far differs from the expected one (or comes after them all).
    private(set) var differs = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>, writes: Bool, expecting expected: UnsafeBufferPointer<UInt8>? = nil) {
        self.buffer = buffer
        self.writes = writes
        self.expected = expected
    }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        guard writes else { return }
        if let expected {
            if count >= expected.count || expected[count] != byte { differs = true }
        } else {
            buffer[count] = byte
        }
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard writes, !bytes.isEmpty else { return }
        if let expected {
            if count + bytes.count > expected.count || memcmp(expected.baseAddress! + count, bytes.baseAddress!, bytes.count) != 0 {
                differs = true
            }
        } else {
            (buffer.baseAddress! + count).update(from: bytes.baseAddress!, count: bytes.count)
        }
        count += bytes.count
    }

    /// Appends ASCII `bytes` with capital letters lower-cased, eight at a time (``ASCIIWord``) then one by one.
    @inline(__always)
    mutating func appendLowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard writes, let source = bytes.baseAddress else { return }
        var offset = 0
        if let expected {
            // A comparison stops at the first eight bytes that differ: what follows is not looked at.
            while offset + 8 <= bytes.count, count + 8 <= expected.count {
                guard ASCIIWord(source + offset).lowercased == ASCIIWord(expected.baseAddress! + count) else {
                    differs = true
                    return
                }
                offset += 8
                count += 8
            }
            while offset < bytes.count {
                append(bytes[offset].asciiLowercased)
                if differs { return }
                offset += 1
            }
            return
        }
        let target = buffer.baseAddress! + count
        while offset + 8 <= bytes.count {
            ASCIIWord(source + offset).lowercased.store(to: target + offset)
            offset += 8
        }
        while offset < bytes.count {
            target[offset] = bytes[offset].asciiLowercased
            offset += 1
        }
        count += bytes.count
    }

    /// Appends `scalar` lower-cased, as ``TextNormalization/appendLowercased(_:to:)`` does.
    mutating func appendLowercased(_ scalar: Unicode.Scalar) {
        guard writes else { return }
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            append(byte.asciiLowercased)
            return
        }
        var lowered: [UInt8] = []
        TextNormalization.appendLowercased(scalar, to: &lowered)
        for byte in lowered { append(byte) }
    }
}

/// Eight bytes read as one number, the first byte lowest, to test and lower-case them together.
struct ASCIIWord: Equatable {
    let value: UInt64

    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    init(_ value: UInt64) { self.value = value }

    /// The eight bytes at `bytes` (which need not be aligned).
    @inline(__always)
    init(_ bytes: UnsafePointer<UInt8>) {
        value = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    }

    /// Writes the eight bytes at `bytes`.
    @inline(__always)
    func store(to bytes: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(bytes).storeBytes(of: value.littleEndian, as: UInt64.self)
    }

    /// Whether every byte is ASCII (below 0x80).
    var isASCII: Bool { value & Self.highBits == 0 }

    /// Whether a byte is below 0x20 (a blank but the space, or a control); exact for any bytes.
    var hasByteBelowSpace: Bool { (value &- 0x20 &* Self.ones) & ~value & Self.highBits != 0 }

    /// 0x80 in the place of each byte that is a space (0x20), 0 elsewhere.
    var spaces: UInt64 { places(of: 0x20) }

    /// 0x80 in the place of each byte equal to `byte`, 0 elsewhere; exact for any bytes.
    @inline(__always)
    func places(of byte: UInt8) -> UInt64 {
        let other = value ^ (UInt64(byte) &* Self.ones)
        // A byte's high bit is set when it is not zero: its low seven bits carry into it, or it was set.
        return ~(((other & ~Self.highBits) &+ ~Self.highBits) | other) & Self.highBits
    }

    /// Whether a byte is above `low` and below `high` (`low` below 0x80, `high` at most 0x80); exact for any bytes.
    @inline(__always)
    func hasByte(above low: UInt8, below high: UInt8) -> Bool {
        let low7 = value & ~Self.highBits
        // Per byte: 127 + high - b has its high bit when b < high, b + 127 - low when b > low; no byte borrows or carries.
        let belowHigh = (UInt64(127 + UInt16(high)) &* Self.ones) &- low7
        let aboveLow = low7 &+ (UInt64(127 - low) &* Self.ones)
        return belowHigh & ~value & aboveLow & Self.highBits != 0
    }

    /// The bytes with `A` to `Z` lower-cased, as `UInt8.asciiLowercased` does each, for ASCII bytes only.
    var lowercased: ASCIIWord {
        // A byte's high bit is set by adding 0x3F when it is `A` or above, by adding 0x25 when it is above `Z`;
        // no sum of an ASCII byte carries into the next byte.
        let capitals = (value &+ 0x3F &* Self.ones) & ~(value &+ 0x25 &* Self.ones) & Self.highBits
        return ASCIIWord(value | capitals >> 2)
    }
}
