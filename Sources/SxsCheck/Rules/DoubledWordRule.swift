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
        if let word = pair.target.textRuns.lazy.compactMap({ Self.doubledWord(in: $0, caseSensitive: false) }).first {
            problems.append("the translation repeats '\(word)'")
        }
        if let word = pair.source.textRuns.lazy.compactMap({ Self.doubledWord(in: $0, caseSensitive: true) }).first,
           !["that", "had", "is"].contains(word) {
            problems.append("the source repeats '\(word)'")
        }
        return problems
    }

    /// The first word (of two or more Latin letters) written twice in a row, separated by blanks only.
    ///
    /// Letters are a–z, A–Z and U+00C0–U+024F. The text is read as UTF-8 bytes and words are byte
    /// ranges: nothing is decoded or copied until a doubled word is found.
    static func doubledWord(in text: String, caseSensitive: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            // Two words can only be doubled with a blank between them.
            guard bytes.contains(UInt8(ascii: " ")) else { return nil }
            return doubledWord(in: bytes, caseSensitive: caseSensitive)
        }
    }

    /// A word of the text: its bytes, how many scalars it has, and whether they are all ASCII.
    private struct Word {
        var bytes: Range<Int>
        var scalars: Int
        var isASCII: Bool
    }

    private static func doubledWord(in bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> String? {
        var previous: Word?
        var word: Word?
        var blanksOnly = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let isLetter: Bool
            if length == 1 {
                isLetter = (lead | 0x20) &- UInt8(ascii: "a") < 26
            } else if length == 2, index + 1 < bytes.count {
                let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                isLetter = (0xC0...0x24F).contains(value)
            } else {
                isLetter = false
            }
            let end = min(index + length, bytes.count)
            if isLetter {
                if word == nil {
                    word = Word(bytes: index..<end, scalars: 1, isASCII: length == 1)
                } else {
                    word!.bytes = word!.bytes.lowerBound..<end
                    word!.scalars += 1
                    word!.isASCII = word!.isASCII && length == 1
                }
            } else {
                if let ended = word {
                    if let previous, blanksOnly, ended.scalars >= 2, same(previous, ended, in: bytes, caseSensitive: caseSensitive) {
                        return String(decoding: UnsafeBufferPointer(rebasing: bytes[ended.bytes]), as: UTF8.self)
                    }
                    previous = ended
                    word = nil
                    blanksOnly = true
                }
                if lead != UInt8(ascii: " ") { blanksOnly = false; previous = nil }
            }
            index = end
        }
        if let ended = word, let previous, blanksOnly, ended.scalars >= 2,
           same(previous, ended, in: bytes, caseSensitive: caseSensitive) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[ended.bytes]), as: UTF8.self)
        }
        return nil
    }

    /// Whether two words are the same, letter for letter (ignoring case unless `caseSensitive`).
    private static func same(_ first: Word, _ second: Word, in bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Bool {
        guard first.scalars == second.scalars else { return false }
        if caseSensitive || (first.isASCII && second.isASCII) {
            guard first.bytes.count == second.bytes.count else { return false }
            return zip(first.bytes, second.bytes).allSatisfy { one, other in
                caseSensitive ? bytes[one] == bytes[other] : lowered(bytes[one]) == lowered(bytes[other])
            }
        }
        let one = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.bytes]), as: UTF8.self).unicodeScalars
        let other = String(decoding: UnsafeBufferPointer(rebasing: bytes[second.bytes]), as: UTF8.self).unicodeScalars
        return one.elementsEqual(other) { lowered($0) == lowered($1) }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
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
