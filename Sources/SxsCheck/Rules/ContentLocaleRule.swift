import SideBySide
/// `ms.contentlocale` that is not the locale of the article's folder.
public struct ContentLocaleRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "content-locale", defaultSeverity: .error, category: .frontMatter,
        rationale: "ms.contentlocale must name the locale the article is published in (its folder's)",
        examples: [])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        guard let matter = document.document.frontMatter, let declared = matter.contentLocale,
              let folder = LocaleName.inPath(document.path), LocaleName.normalized(declared) != folder else { return [] }
        let line = matter.entries.first { $0.key == "ms.contentlocale" }?.line ?? 1
        return [Violation(message: "ms.contentlocale is '\(declared)', but the article is in a \(folder) folder",
                          location: document.document.source.location(line: line, column: 1))]
    }
}
