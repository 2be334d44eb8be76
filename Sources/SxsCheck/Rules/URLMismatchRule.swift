/// URLs and e-mail addresses written in the source's text that the translation lost or changed.
public struct URLMismatchRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "url-mismatch", defaultSeverity: .error, category: .numbers,
        rationale: "addresses written in the text (https://…, name@example.com) must stay exactly as in the source",
        examples: [
            .triggering("zh-CN", "请访问 https://partner.microsoft.cn。", "Go to https://partner.microsoft.com."),
            .triggering("ja-JP", "support@contoso.jp にご連絡ください。", "Contact support@contoso.com."),
            .passing("zh-CN", "请访问 https://partner.microsoft.com。", "Go to https://partner.microsoft.com."),
            .passing("zh-CN", "（例如，jsmith@testcompany.onmicrosoft.com）。", "(For example, jsmith@testcompany.onmicrosoft.com)."),
            .passing("zh-CN", "转到 [https://partner.microsoft.com/a](https://partner.microsoft.com/a)，了解详细信息。", "Go to [https://partner.microsoft.com/a](https://partner.microsoft.com/a) for more."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // Most sources write no address: nothing to lower-case or count.
        guard !pair.source.urls.isEmpty || !pair.source.emails.isEmpty else { return [] }
        let urls = Multiset.missing(pair.source.urls, from: pair.target.urls)
        let emails = pair.source.emails.isEmpty ? []
            : Multiset.missing(pair.source.emails.map { $0.lowercased() }, from: pair.target.emails.map { $0.lowercased() })
        return urls.map { "the source's address \($0) is not in the translation" }
            + emails.map { "the source's e-mail address \($0) is not in the translation" }
    }
}
