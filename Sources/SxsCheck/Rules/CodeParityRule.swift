/// Inline code that the translation changed, dropped or added.
public struct CodeParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "code-parity", defaultSeverity: .error, category: .markup,
        rationale: "inline code (commands, names, values) is never translated: the translation must keep each one identical",
        examples: [
            .triggering("zh-CN", "使用 `contoso.cn` 地址。", "Use the `contoso.com` address."),
            .passing("zh-CN", "工作帐户电子邮件通常采用 `you@yourcompany.com` 格式。", "A work email is usually of the form `you@yourcompany.com`."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let missing = Multiset.missing(pair.source.code, from: pair.target.code)
        let extra = Multiset.missing(pair.target.code, from: pair.source.code)
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        return missing.map { "the source's code `\($0)` is not in the translation" }
            + extra.map { "the translation's code `\($0)` is not in the source" }
    }
}
