/// Placeholders (`%1`, `{0}`) of the source that the translation lost.
public struct PlaceholderMismatchRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "placeholder-mismatch", defaultSeverity: .error, category: .numbers,
        rationale: "a placeholder is filled in by the product; a lost or renamed one breaks the message",
        examples: [
            .triggering("zh-CN", "已为 {1} 添加许可证。", "Licenses added for {0}."),
            .passing("ja-JP", "{0} のライセンスを追加しました。", "Licenses added for {0}."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        Multiset.missing(pair.source.placeholders, from: pair.target.placeholders).map {
            "the source's placeholder \($0) is not in the translation"
        }
    }
}
