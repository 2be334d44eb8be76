/// A segment span without its partner, never closed, or nested in another.
public struct UnpairedSpanRule: ParserDiagnosticRule {
    public init() {}
    var diagnosticCodes: Set<String> { ["unpaired-target", "unpaired-source", "unterminated-span", "nested-span"] }
    public let descriptor = RuleDescriptor(
        id: "unpaired-span", defaultSeverity: .error, category: .structure,
        rationale: "every translated span needs its sxs-lookup English source, closed and not nested, to be aligned and checked",
        examples: [
            .document("zh-CN", #"<span data-ttu-id="a-1">孤立的译文</span> 后文"#, triggers: true),
            .document("ja-JP", #"<span data-ttu-id="a-1">閉じない"#, triggers: true),
            .passing("ja-JP", "顧客", "Customers"),
        ])
}
