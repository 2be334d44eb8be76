import Foundation
import GRDB
import SideBySide
import SxsCheck

extension TranslationMemory {
    /// The segments of an article to analyse: an sxs article's English sources, or the sentences of an
    /// English article in plain Markdown cut as the localization tool cuts them (``EnglishSentences``).
    public static func leverageSegments(of document: SxsDocument) -> [(markdown: String, text: MatchText)] {
        let sources = document.segments.compactMap(\.source)
        if !sources.isEmpty { return sources.map { ($0.text, MatchText(plain: $0.plainText)) } }
        return EnglishSentences.sentences(of: document).map { ($0, MatchText(markdown: $0)) }
    }

    /// How much of `document` (a new English version, or an sxs article) the memory translates into `locale`.
    public func leverage(of document: SxsDocument, locale: String) throws(FileIOError) -> LeverageReport {
        let name = (document.path as NSString).lastPathComponent
        var segments: [LeverageReport.Segment] = []
        var seen = Set<String>()
        var previousKey: String?
        for (markdown, text) in Self.leverageSegments(of: document) {
            let best = try matches(for: text, locale: locale, fuzzy: true, limit: 1).first
            var band: LeverageReport.Band
            if let best, best.isExact {
                band = try isInContext(text.key, previousKey: previousKey, article: name, locale: locale) ? .context : .exact
            } else if seen.contains(text.key) {
                band = .repetition
            } else {
                band = .fuzzy(best?.score ?? 0)
            }
            segments.append(LeverageReport.Segment(source: markdown, words: text.wordCount, band: band,
                                                   score: best?.score ?? 0, match: best))
            seen.insert(text.key)
            previousKey = text.key
        }
        return LeverageReport(article: document.path, locale: locale, segments: segments)
    }

    /// Whether an article named `article` in `locale` holds English `key` right after `previousKey`
    /// (or as its first pair when `previousKey` is nil).
    func isInContext(_ key: String, previousKey: String?, article: String, locale: String) throws(FileIOError) -> Bool {
        try read { db in
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.path, previousSource.key AS previousKey
                FROM source JOIN translationUnit u ON u.sourceID = source.id AND u.locale = ?2
                JOIN article a ON a.id = u.articleID
                LEFT JOIN translationUnit previous ON previous.articleID = u.articleID AND previous.position = u.position - 1
                LEFT JOIN source previousSource ON previousSource.id = previous.sourceID
                WHERE source.key = ?1
                """), arguments: [key, locale])
            return rows.contains { row in
                ((row["path"] as String) as NSString).lastPathComponent == article && (row["previousKey"] as String?) == previousKey
            }
        }
    }
}
