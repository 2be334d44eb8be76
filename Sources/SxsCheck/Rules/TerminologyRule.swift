import SideBySide
/// A UI label the product translates, written otherwise in the translation.
public struct TerminologyRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "ui-term", defaultSeverity: .warning, category: .terminology,
        rationale: "a UI label must be written as the product shows it in the locale (locales/<locale>/ui-strings.xlf), or readers cannot find the control",
        examples: [
            .triggering("zh-CN", "从**控制板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."),
            .passing("zh-CN", "从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."),
            .passing("ja-JP", "**[ダッシュボード]** メニューで **[顧客]** を選びます。", "From the **Dashboard** menu, select **Customers**."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        guard !pair.source.labels.isEmpty, let terminology = context.terminology(for: pair.locale),
              !terminology.translations.isEmpty else { return [] }
        let text = pair.target.plainText
        return pair.source.labels.compactMap { label in
            guard let accepted = terminology.translations[label.lowercased()], !accepted.isEmpty,
                  !accepted.contains(where: { ByteSearch.contains($0, in: text) }) else { return nil }
            return "the UI label '\(label)' is '\(accepted[0])' in the product\(accepted.count > 1 ? " (or \(accepted.dropFirst().map { "'\($0)'" }.joined(separator: ", ")))" : ""), and the translation does not write it"
        }
    }
}
