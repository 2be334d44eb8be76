/// Leading or trailing blanks that the translation and its source do not share.
public struct WhitespaceMismatchRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "whitespace-mismatch", defaultSeverity: .warning, category: .content,
        rationale: "blanks at the edges of a segment join it to its neighbours; the translation should keep the source's",
        examples: [
            .triggering("zh-CN", " 选择客户。", "Select customers."),
            .triggering("ja-JP", "顧客を選びます。", "Select customers. "),
            .passing("zh-CN", "选择客户。", "Select customers."),
            .passing("ja-JP", "\n          **[ダッシュボード]** メニューを選びます。", "From the **Dashboard** menu."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        guard let source = pair.pair.source?.text else { return [] }
        let target = pair.pair.target.text
        // Blanks are read on the first and last scalars, without grapheme breaking.
        guard let targetFirst = Self.firstScalar(of: target), let sourceFirst = Self.firstScalar(of: source),
              let targetLast = Self.lastScalar(of: target), let sourceLast = Self.lastScalar(of: source) else { return [] }
        // A side written on its own indented lines (`<span …>` then a line break) is layout, not a blank.
        if Self.isNewline(targetFirst) || Self.isNewline(sourceFirst) { return [] }
        var problems: [String] = []
        let targetStarts = TextNormalization.isWhitespace(targetFirst), sourceStarts = TextNormalization.isWhitespace(sourceFirst)
        if targetStarts != sourceStarts {
            problems.append(targetStarts ? "the translation starts with a blank, the source does not"
                                         : "the source starts with a blank, the translation does not")
        }
        let targetEnds = TextNormalization.isWhitespace(targetLast), sourceEnds = TextNormalization.isWhitespace(sourceLast)
        if targetEnds != sourceEnds {
            problems.append(targetEnds ? "the translation ends with a blank, the source does not"
                                       : "the source ends with a blank, the translation does not")
        }
        return problems
    }

    /// The first scalar of `text`, decoded from its first bytes (the text is valid UTF-8).
    static func firstScalar(of text: String) -> Unicode.Scalar? {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> Unicode.Scalar? in
            guard !bytes.isEmpty else { return nil }
            return scalar(in: bytes, from: 0)
        }
        return decoded ?? text.unicodeScalars.first
    }

    /// The last scalar of `text`, decoded from its last bytes: its lead byte is the last that is not a
    /// continuation byte (10xxxxxx).
    static func lastScalar(of text: String) -> Unicode.Scalar? {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> Unicode.Scalar? in
            guard !bytes.isEmpty else { return nil }
            var start = bytes.count - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return scalar(in: bytes, from: start)
        }
        return decoded ?? text.unicodeScalars.last
    }

    /// The scalar whose UTF-8 starts at `start` of `bytes`.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Unicode.Scalar? {
        let lead = bytes[start]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<min(length, bytes.count - start) { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether `scalar` starts a line break (what `Character.isNewline` answers for a character it starts).
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
