import Foundation
import SideBySide
import SxsMarkup
/// The same word twice in a row ("the the").
public struct DoubledWordRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "doubled-word", defaultSeverity: .warning, category: .content,
        rationale: "a doubled word is almost always a typing slip, in the translation or in the source",
        examples: [
            .triggering("ja-JP", "パートナー センター", "Sign in to the the dashboard."),
            .triggering("zh-CN", "登录到 Azure Azure 门户。", "Sign in to the Azure portal."),
            .passing("zh-CN", "登录到 Azure 门户。", "Sign in to the Azure portal."),
            .passing("ja-JP", "そのまま", "That that is, is."),
            .passing("zh-CN", "由发布者提供的*产品名称*", "Plan of offer *offer name*"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        var problems: [String] = []
        // Only within one run of text: "offer *offer name*" repeats nothing a reader sees twice.
        if let word = Self.doubledWord(in: pair.target.textRuns, caseSensitive: false) {
            problems.append("the translation repeats '\(word)'")
        }
        if let word = Self.doubledWord(in: pair.source.textRuns, caseSensitive: true), !["that", "had", "is"].contains(word) {
            problems.append("the source repeats '\(word)'")
        }
        return problems
    }

    /// The first word written twice in a row in one of `runs` (``doubledWord(in:caseSensitive:)``).
    static func doubledWord(in runs: TextRuns, caseSensitive: Bool) -> String? {
        for run in runs {
            if let word = doubledWord(in: run, caseSensitive: caseSensitive) { return word }
        }
        return nil
    }

    /// The first word (of two or more Latin letters) written twice in a row, separated by blanks only.
    ///
    /// Letters are a–z, A–Z and U+00C0–U+024F. The text is read as UTF-8 bytes and words are byte
    /// ranges: nothing is decoded or copied until a doubled word is found.
    static func doubledWord(in text: String, caseSensitive: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            // Two words can only be doubled with a blank between them: most texts (CJK) have none with letters around it.
            guard hasBlankBetweenLetters(bytes) else { return nil }
            return doubledWord(in: bytes, caseSensitive: caseSensitive)
        }
    }

    /// Whether a run of spaces in `bytes` has the last byte of a letter before it and the first byte of a
    /// letter after it (the lead bytes C3 to C9 start U+00C0 to U+027F, more than the letters).
    ///
    /// A doubled word has such a run between its two words. The spaces are found with memchr, which
    /// reads many bytes at a time.
    private static func hasBlankBetweenLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        func isLetterLead(_ byte: UInt8) -> Bool { (0xC3...0xC9).contains(byte) }
        var index = 0
        while index < bytes.count {
            guard let found = memchr(base + index, 0x20, bytes.count - index) else { return false }
            let blank = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            var after = blank + 1
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            if blank > 0, after < bytes.count, isASCIILetter(bytes[after]) || isLetterLead(bytes[after]) {
                let before = bytes[blank - 1]
                if isASCIILetter(before) || (before & 0xC0 == 0x80 && blank >= 2 && isLetterLead(bytes[blank - 2])) { return true }
            }
            index = after
        }
        return false
    }

    /// A word of the text: its bytes, how many scalars it has, and whether they are all ASCII.
    private struct Word {
        var bytes: Range<Int>
        var scalars: Int
        var isASCII: Bool
    }

    private static func doubledWord(in bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> String? {
        let count = bytes.count
        /// The word before the blanks being read, if a word ended at a blank and only blanks followed.
        var previous = Word(bytes: 0..<0, scalars: 0, isASCII: true), afterWordAndBlanks = false
        /// Where the word being read starts (-1 between words), how many scalars it has so far, whether all ASCII.
        var start = -1, scalars = 0, isASCII = true
        var index = 0
        // A word ends at the first byte that is not a letter's, or at the end of the text.
        func endsDoubled(at end: Int) -> Word? {
            let ended = Word(bytes: start..<end, scalars: scalars, isASCII: isASCII)
            if afterWordAndBlanks, scalars >= 2, same(previous, ended, in: bytes, caseSensitive: caseSensitive) { return ended }
            previous = ended
            afterWordAndBlanks = true
            start = -1
            return nil
        }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if (lead | 0x20) &- UInt8(ascii: "a") < 26 {
                    if start < 0 { start = index; scalars = 0; isASCII = true }
                    // The ASCII letters that follow, in a loop of their own: each is one scalar of the word.
                    var end = index &+ 1
                    while end < count, (bytes[end] | 0x20) &- UInt8(ascii: "a") < 26 { end &+= 1 }
                    scalars &+= end &- index
                    index = end
                    continue
                } else {
                    if start >= 0, let doubled = endsDoubled(at: index) { return text(of: doubled, in: bytes) }
                    if lead != UInt8(ascii: " ") { afterWordAndBlanks = false }
                }
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var isLetter = false
            if length == 2, index + 1 < count {
                let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                isLetter = (0xC0...0x24F).contains(value)
            }
            if isLetter {
                if start < 0 { start = index; scalars = 1 } else { scalars += 1 }
                isASCII = false
            } else {
                if start >= 0, let doubled = endsDoubled(at: index) { return text(of: doubled, in: bytes) }
                afterWordAndBlanks = false
            }
            index = min(index + length, count)
        }
        if start >= 0, let doubled = endsDoubled(at: count) { return text(of: doubled, in: bytes) }
        return nil
    }

    /// The text of `word`.
    private static func text(of word: Word, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[word.bytes]), as: UTF8.self)
    }

    /// Whether two words are the same, letter for letter (ignoring case unless `caseSensitive`).
    private static func same(_ first: Word, _ second: Word, in bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Bool {
        guard first.scalars == second.scalars else { return false }
        if caseSensitive || (first.isASCII && second.isASCII) {
            guard first.bytes.count == second.bytes.count else { return false }
            return zip(first.bytes, second.bytes).allSatisfy { one, other in
                caseSensitive ? bytes[one] == bytes[other] : bytes[one].asciiLowercased == bytes[other].asciiLowercased
            }
        }
        let one = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.bytes]), as: UTF8.self).unicodeScalars
        let other = String(decoding: UnsafeBufferPointer(rebasing: bytes[second.bytes]), as: UTF8.self).unicodeScalars
        return one.elementsEqual(other) { lowered($0) == lowered($1) }
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32)! }
        guard scalar.value >= 0x80, scalar.properties.changesWhenLowercased else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }
}
