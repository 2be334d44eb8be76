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

    /// The first scalar of `text`: its first byte when that is ASCII (a scalar of its own in UTF-8).
    static func firstScalar(of text: String) -> Unicode.Scalar? {
        guard let byte = text.utf8.first else { return nil }
        return byte < 0x80 ? Unicode.Scalar(byte) : text.unicodeScalars.first
    }

    /// The last scalar of `text`: its last byte when that is ASCII (never part of a longer scalar in UTF-8).
    static func lastScalar(of text: String) -> Unicode.Scalar? {
        guard let byte = text.utf8.last else { return nil }
        return byte < 0x80 ? Unicode.Scalar(byte) : text.unicodeScalars.last
    }

    /// Whether `scalar` starts a line break (what `Character.isNewline` answers for a character it starts).
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
