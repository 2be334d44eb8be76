/// Bold markers that did not become bold: a stray `**`, or an escaped `\*\*`.
public struct BrokenEmphasisRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "broken-emphasis", defaultSeverity: .error, category: .markup,
        rationale: "`**` that Markdown cannot pair (or that is escaped) is printed as asterisks, and the UI label loses its bold",
        examples: [
            .triggering("zh-CN", "选择** 客户**。", "Select **Customers**."),
            .triggering("ja-JP", "\\*\\*顧客\\*\\* を選びます。", "Select **Customers**."),
            .passing("zh-CN", "选择**客户**。", "Select **Customers**."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        pair.target.hasStrayEmphasis && !pair.source.hasStrayEmphasis
            ? ["the translation has '**' that is not bold (unpaired, spaced or escaped)"] : []
    }
}
