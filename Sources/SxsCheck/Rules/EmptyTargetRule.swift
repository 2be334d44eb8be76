/// A pair whose translation is empty while its source is not.
public struct EmptyTargetRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "empty-target", defaultSeverity: .error, category: .content,
        rationale: "an empty translation drops the sentence from the published article",
        examples: [.triggering("zh-CN", " ", "Select **Customers**."), .passing("zh-CN", "选择**客户**。", "Select **Customers**.")])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let sourceEmpty = pair.source.plainText.allSatisfy(\.isWhitespace)
        let targetEmpty = pair.target.plainText.allSatisfy(\.isWhitespace) && pair.target.images.isEmpty
        return !sourceEmpty && targetEmpty ? ["the translation is empty, but the source is not"] : []
    }
}
