import GRDB
import SideBySide

/// One distinct pair of the memory (same locale, English and translation as written), however
/// many articles hold it: what a TMX translation unit holds.
public struct MemoryPair: Sendable, Hashable {
    public var locale: String
    /// The English and the translation as written (sxs Markdown).
    public var source: String
    public var target: String
    /// Where the pair was seen last (the article with the latest date): path, segment id, type, date.
    public var path: String
    public var segmentID: String
    public var translationType: TranslationType?
    /// `ms.date` of that article, else its `ms.lasthandoff` (ISO `2017-06-09` when it could be read).
    public var date: String?
    /// How many stored pairs are this pair.
    public var occurrences: Int

    public init(locale: String, source: String, target: String, path: String, segmentID: String,
                translationType: TranslationType?, date: String?, occurrences: Int) {
        self.locale = locale
        self.source = source
        self.target = target
        self.path = path
        self.segmentID = segmentID
        self.translationType = translationType
        self.date = date
        self.occurrences = occurrences
    }
}

extension TranslationMemory {
    /// Every distinct pair, of `locale` or of every locale, in the order they were first stored.
    public func distinctPairs(locale: String? = nil) throws(FileIOError) -> [MemoryPair] {
        try read { db in
            // Each distinct pair once, with the article of its latest occurrence.
            try Row.fetchAll(db, sql: """
                SELECT locale, source, target, path, segmentID, translationType, date, occurrences FROM (
                    SELECT u.locale, u.source, u.target, a.path, u.segmentID, a.translationType,
                           coalesce(a.date, a.lastHandoff, '') AS date,
                           row_number() OVER (same ORDER BY coalesce(a.date, a.lastHandoff, '') DESC, u.id) AS latest,
                           count(*) OVER same AS occurrences,
                           min(u.id) OVER same AS first
                    FROM translationUnit u JOIN article a ON a.id = u.articleID
                    WHERE ?1 IS NULL OR u.locale = ?1
                    WINDOW same AS (PARTITION BY u.locale, u.source, u.target)
                )
                WHERE latest = 1 ORDER BY first
                """, arguments: [locale]).map { row in
                let date: String = row["date"]
                return MemoryPair(locale: row["locale"], source: row["source"], target: row["target"], path: row["path"],
                                  segmentID: row["segmentID"],
                                  translationType: (row["translationType"] as String?).flatMap(TranslationType.init(rawValue:)),
                                  date: date.isEmpty ? nil : date, occurrences: row["occurrences"])
            }
        }
    }
}
