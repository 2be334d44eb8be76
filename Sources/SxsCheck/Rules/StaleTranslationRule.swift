/// A pair whose English source is no longer in the current en-US article (`--against DIR`).
public struct StaleTranslationRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "stale-translation", defaultSeverity: .warning, category: .staleness,
        rationale: "when the English changed after translation, the translation says what the article no longer says",
        examples: [])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        let name = document.path.split(separator: "/").last.map(String.init) ?? document.path
        guard let english = context.currentEnglish[name] else { return [] }
        return document.pairs.compactMap { pair in
            let source = pair.pair.source!.text
            guard !english.contains(source) else { return nil }
            var best: WordDiff?
            for sentence in english.written {
                let diff = WordDiff(from: source, to: sentence)
                if diff.similarity > (best?.similarity ?? 0.5) { best = diff }
            }
            if let best {
                return Violation(message: "the English changed since this was translated (\(Int(best.similarity * 100))% alike): \(best.text)",
                                 notes: ["current en-US: \(english.path)"], pair: pair.pair)
            }
            return Violation(message: "the English of this segment is no longer in the current en-US article",
                             notes: ["current en-US: \(english.path)"], pair: pair.pair)
        }
    }
}
