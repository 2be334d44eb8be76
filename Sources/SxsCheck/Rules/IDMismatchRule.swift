/// A pair whose `data-stu-id` differs from its `data-ttu-id`.
public struct IDMismatchRule: ParserDiagnosticRule {
    public init() {}
    var diagnosticCodes: Set<String> { ["id-mismatch"] }
    public let descriptor = RuleDescriptor(
        id: "id-mismatch", defaultSeverity: .error, category: .structure,
        rationale: "the English source of a pair must carry the translation's id, or it may belong to another segment",
        examples: [
            .document("zh-CN", #"<span data-ttu-id="a-1">甲</span><span class="sxs-lookup"><span data-stu-id="a-2">A</span></span>"#, triggers: true),
            .passing("zh-CN", "甲", "A"),
        ])
}
