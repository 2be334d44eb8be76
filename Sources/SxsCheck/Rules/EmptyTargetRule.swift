/// A pair whose translation is empty while its source is not.
public struct EmptyTargetRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "empty-target", defaultSeverity: .error, category: .content,
        rationale: "an empty translation drops the sentence from the published article",
        examples: [.triggering("zh-CN", " ", "Select **Customers**."), .passing("zh-CN", "选择**客户**。", "Select **Customers**.")])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // Most translations are not empty: the source is looked at only when the translation is.
        guard Self.isBlank(pair.target.plainText), pair.target.images.isEmpty,
              !Self.isBlank(pair.source.plainText) else { return [] }
        return ["the translation is empty, but the source is not"]
    }

    /// Whether every character of `text` is white space (`Character.isWhitespace`, which reads a
    /// character's first scalar).
    ///
    /// The text's first scalar is the first scalar of its first character: when it is not white space
    /// the answer is no without breaking the text into characters. Any other text is read character
    /// by character (a blank followed by a combining mark is one white-space character).
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        return TextNormalization.isWhitespace(first) && text.allSatisfy(\.isWhitespace)
    }
}
