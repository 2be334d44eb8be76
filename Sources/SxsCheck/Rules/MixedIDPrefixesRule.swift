/// An article whose pairs come from more than one localization job (several id prefixes).
public struct MixedIDPrefixesRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "mixed-id-prefixes", defaultSeverity: .warning, category: .structure,
        rationale: "all pairs of an article come from one hand-off and share an id prefix; another prefix means pasted or stale segments",
        examples: [
            .document("zh-CN", RuleExample.pair("aaaaa-101", "一", "One") + "\n\n" + RuleExample.pair("bbbbb-102", "二", "Two"), triggers: true),
            .document("zh-CN", RuleExample.pair("aaaaa-101", "一", "One") + "\n\n" + RuleExample.pair("aaaaa-102", "二", "Two"), triggers: false),
        ])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        let segments = document.document.segments
        guard let firstPrefix = segments.first?.id.prefix else { return [] }
        // Most articles have one prefix: compared without copying the pairs or hashing their prefixes.
        // (Indices, not `for … in`: a loop over the pairs would copy each whole pair.)
        guard let other = segments.indices.first(where: { segments[$0].id.prefix != firstPrefix }) else { return [] }
        var counts: [String: Int] = [firstPrefix: other]
        for index in segments.indices[other...] { counts[segments[index].id.prefix, default: 0] += 1 }
        // The prefix most pairs use is the article's; report the first pair of each other prefix.
        let main = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? firstPrefix
        var reported: Set<String> = []
        return segments.compactMap { segment in
            guard segment.id.prefix != main, reported.insert(segment.id.prefix).inserted else { return nil }
            return Violation(message: "id prefix '\(segment.id.prefix)' differs from the article's '\(main)' (\(counts[segment.id.prefix]!) pair(s) use it)",
                             pair: segment)
        }
    }
}
