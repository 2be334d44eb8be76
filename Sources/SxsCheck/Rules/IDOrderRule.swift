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
        let segments = document.document.segments
        /// The last number of each prefix but the current one.
        var last: [String: Int] = [:]
        /// The prefix of the last numbered pair, and its number: most articles have one prefix, never hashed.
        var current: (prefix: String, number: Int)?
        var violations: [Violation] = []
        // Indices, not `for … in`: a loop over the pairs would copy each whole pair.
        for index in segments.indices {
            guard let number = segments[index].id.number else { continue }
            let prefix = segments[index].id.prefix
            let previous: Int?
            if let current, current.prefix == prefix {
                previous = current.number
            } else {
                if let current { last[current.prefix] = current.number }
                previous = last[prefix]
            }
            if let previous, number <= previous {
                let segment = segments[index]
                violations.append(Violation(message: "segment \(segment.id) comes after \(prefix)-\(previous): ids should rise in document order", pair: segment))
            }
            current = (prefix, number)
        }
        return violations
    }
}
