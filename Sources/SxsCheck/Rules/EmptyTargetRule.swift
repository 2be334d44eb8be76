/// A pair whose translation is empty while its source is not.
public struct EmptyTargetRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "empty-target", defaultSeverity: .error, category: .content,
        rationale: "an empty translation drops the sentence from the published article",
        examples: [.triggering("zh-CN", " ", "Select **Customers**."), .passing("zh-CN", "选择**客户**。", "Select **Customers**.")])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // Most translations are not empty: the source is looked at only when the translation is.
        guard pair.target.plainText.allSatisfy(\.isWhitespace), pair.target.images.isEmpty,
              !pair.source.plainText.allSatisfy(\.isWhitespace) else { return [] }
        return ["the translation is empty, but the source is not"]
    }
}
