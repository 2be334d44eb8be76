import SideBySide
/// A title or description left in English in a translated article.
public struct FrontMatterTranslatedRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "front-matter-untranslated", defaultSeverity: .warning, category: .frontMatter,
        rationale: "the title and description are shown in search results and must be translated in place",
        examples: [])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        guard let matter = document.document.frontMatter, LocaleName.isCJK(document.locale) else { return [] }
        return matter.entries.compactMap { entry in
            guard entry.key == "title" || entry.key == "description" else { return nil }
            let text = entry.value.text
            // A value holding pairs is translated by its pairs; one in plain Latin letters was never translated.
            guard !Self.holdsPairs(text), text.contains(where: \.isLetter),
                  !text.contains(where: DoubledWordRule.isCJK) else { return nil }
            return Violation(message: "\(entry.key) is not translated: '\(text)'",
                             location: document.document.source.location(line: entry.line, column: 1))
        }
    }

    /// Whether `text` holds `data-ttu-id`, as Foundation's `contains` finds it (by canonical equivalence).
    ///
    /// A text without those bytes cannot hold it: no character but these ASCII ones is canonically
    /// equivalent to them. Only a text with the bytes is searched by Foundation, which may still refuse
    /// a match whose last letter carries a combining mark.
    static func holdsPairs(_ text: String) -> Bool {
        ByteSearch.contains("data-ttu-id", in: text) && text.contains("data-ttu-id")
    }
}
