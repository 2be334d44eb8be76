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
        guard let source = pair.pair.source else { return [] }
        let target = pair.pair.target.text
        // A side written on its own indented lines (`<span …>` then a line break) is layout, not a blank.
        if target.first?.isNewline == true || source.text.first?.isNewline == true { return [] }
        var problems: [String] = []
        if target.first?.isWhitespace != source.text.first?.isWhitespace, !target.isEmpty, !source.text.isEmpty {
            problems.append(target.first!.isWhitespace ? "the translation starts with a blank, the source does not"
                                                       : "the source starts with a blank, the translation does not")
        }
        if target.last?.isWhitespace != source.text.last?.isWhitespace, !target.isEmpty, !source.text.isEmpty {
            problems.append(target.last!.isWhitespace ? "the translation ends with a blank, the source does not"
                                                      : "the source ends with a blank, the translation does not")
        }
        return problems
    }
}
