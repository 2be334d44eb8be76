/// Raw HTML tags (line breaks, anchors) the translation dropped or added.
public struct HTMLParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "html-parity", defaultSeverity: .warning, category: .markup,
        rationale: "raw HTML in a segment (<br>, <a name>) shapes the page; the translation must keep the same tags",
        examples: [
            .triggering("zh-CN", "第一行第二行", "First line<br/>second line"),
            .passing("zh-CN", "第一行<br>第二行", "First line<br/>second line"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let missing = Multiset(pair.source.htmlTags).missing(from: Multiset(pair.target.htmlTags))
        let extra = Multiset(pair.target.htmlTags).missing(from: Multiset(pair.source.htmlTags))
        return missing.sorted().map { "the source's <\($0)> is not in the translation" }
            + extra.sorted().map { "the translation's <\($0)> is not in the source" }
    }
}
