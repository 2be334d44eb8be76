/// A pair whose number is not higher than the one before it.
public struct IDOrderRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "id-out-of-order", defaultSeverity: .warning, category: .structure,
        rationale: "ids are numbered in document order at hand-off; a step back shows moved or pasted segments",
        examples: [
            .document("ja-JP", RuleExample.pair("a-105", "一", "One") + "\n\n" + RuleExample.pair("a-104", "二", "Two"), triggers: true),
            .document("ja-JP", RuleExample.pair("a-104", "一", "One") + "\n\n" + RuleExample.pair("a-105", "二", "Two"), triggers: false),
        ])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        var last: [String: Int] = [:]
        var violations: [Violation] = []
        for segment in document.document.segments {
            guard let number = segment.id.number else { continue }
            if let previous = last[segment.id.prefix], number <= previous {
                violations.append(Violation(message: "segment \(segment.id) comes after \(segment.id.prefix)-\(previous): ids should rise in document order", pair: segment))
            }
            last[segment.id.prefix] = number
        }
        return violations
    }
}
