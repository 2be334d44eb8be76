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
        let missing = Multiset.missing(pair.source.links, from: pair.target.links)
        let extra = Multiset.missing(pair.target.links, from: pair.source.links)
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        var problems = missing.map { "the source links to '\($0)', the translation does not" }
        problems += extra.map { "the translation links to '\($0)', which the source does not" }
        return problems
    }
}
