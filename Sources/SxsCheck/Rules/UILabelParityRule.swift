/// UI labels of the source that the translation does not mark as UI labels in any accepted style.
public struct UILabelParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "ui-label-parity", defaultSeverity: .warning, category: .markup,
        rationale: "each UI label (**bold**) of the source must be marked in the translation in one of the locale's styles (bold, ja-JP **[label]**, or the quotes in locales/<locale>/conventions.yml)",
        examples: [
            .triggering("ja-JP", "ダッシュボード メニューで顧客を選びます。", "From the **Dashboard** menu, select **Customers**."),
            .passing("ja-JP", "**[ダッシュボード]** メニューで **[顧客]** を選びます。", "From the **Dashboard** menu, select **Customers**."),
            .passing("zh-CN", "从“仪表板”菜单中，选择“客户”。", "From the **Dashboard** menu, select **Customers**."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let labels = pair.source.labels
        guard !labels.isEmpty else { return [] }
        // Labels that stay in English (product names) count wherever they appear.
        let englishKept = labels.filter { pair.target.plainText.contains($0) }.count
        let marked = pair.target.labels.count + pair.target.quoted.count
        let missing = labels.count - max(marked, englishKept)
        guard missing > 0 else { return [] }
        return ["the source marks \(labels.count) UI label(s) (\(labels.map { "'\($0)'" }.joined(separator: ", "))), the translation marks \(marked)"]
    }
}
