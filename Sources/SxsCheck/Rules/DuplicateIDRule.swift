/// Two pairs of one article with the same id.
public struct DuplicateIDRule: ParserDiagnosticRule {
    public init() {}
    var diagnosticCodes: Set<String> { ["duplicate-id"] }
    public let descriptor = RuleDescriptor(
        id: "duplicate-id", defaultSeverity: .error, category: .structure,
        rationale: "segment ids must be unique in an article, or translations cannot be matched to their sources",
        examples: [
            .document("zh-CN", RuleExample.pair("a-1", "一", "One") + "\n\n" + RuleExample.pair("a-1", "二", "Two"), triggers: true),
            .document("zh-CN", RuleExample.pair("a-1", "一", "One") + "\n\n" + RuleExample.pair("a-2", "二", "Two"), triggers: false),
        ])
}
