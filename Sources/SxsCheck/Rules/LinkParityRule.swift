/// Links of the source that the translation lacks or points elsewhere.
public struct LinkParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "link-parity", defaultSeverity: .error, category: .markup,
        rationale: "every link of the source must be in the translation with the same destination, in any order",
        examples: [
            .triggering("zh-CN", "请参阅[创建订阅](create-subscription.md)。", "See [Create a subscription](create-a-new-subscription.md)."),
            .triggering("ja-JP", "詳細をご覧ください。", "See [Create a subscription](create-a-new-subscription.md)."),
            .passing("zh-CN", "[多个合作伙伴](multipartner.md)或[多渠道](multichannel.md)", "[multi-channel](multichannel.md) or [Multipartner](multipartner.md)"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let missing = Multiset(pair.source.links).missing(from: Multiset(pair.target.links))
        let extra = Multiset(pair.target.links).missing(from: Multiset(pair.source.links))
        var problems = missing.sorted().map { "the source links to '\($0)', the translation does not" }
        problems += extra.sorted().map { "the translation links to '\($0)', which the source does not" }
        return problems
    }
}
