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
        let missing = Multiset.missing(pair.source.htmlTags, from: pair.target.htmlTags)
        let extra = Multiset.missing(pair.target.htmlTags, from: pair.source.htmlTags)
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        return missing.map { "the source's <\($0)> is not in the translation" }
            + extra.map { "the translation's <\($0)> is not in the source" }
    }
}
