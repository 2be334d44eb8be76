import GRDB
import SideBySide

/// What the memory holds: articles, pairs and distinct English texts, in all and by locale.
public struct MemoryStatistics: Sendable, Hashable {
    /// The figures of one locale.
    public struct Locale: Sendable, Hashable {
        public var locale: String
        public var articles: Int
        public var pairs: Int
        /// Pairs of articles whose `ms.translationtype` is HT, MT, or missing.
        public var humanPairs: Int
        public var machinePairs: Int
        public var untypedPairs: Int
        /// Distinct English texts (``MatchText`` keys) translated in the locale.
        public var distinctSources: Int
    }

    public var articles: Int
    public var pairs: Int
    /// Distinct English texts across locales.
    public var distinctSources: Int
    public var locales: [Locale]
}

extension TranslationMemory {
    /// The figures of the memory as it is now.
    public func statistics() throws(FileIOError) -> MemoryStatistics {
        try read { db in
            let locales = try Row.fetchAll(db, sql: """
                SELECT u.locale, count(DISTINCT u.articleID) AS articles, count(*) AS pairs,
                       sum(a.translationType = 'HT') AS human, sum(a.translationType = 'MT') AS machine,
                       sum(a.translationType IS NULL) AS untyped, count(DISTINCT u.sourceID) AS sources
                FROM translationUnit u JOIN article a ON a.id = u.articleID
                GROUP BY u.locale ORDER BY u.locale
                """).map { row in
                MemoryStatistics.Locale(locale: row["locale"], articles: row["articles"], pairs: row["pairs"], humanPairs: row["human"],
                                        machinePairs: row["machine"], untypedPairs: row["untyped"], distinctSources: row["sources"])
            }
            return MemoryStatistics(
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                pairs: try Int.fetchOne(db, sql: "SELECT count(*) FROM translationUnit") ?? 0,
                distinctSources: try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0,
                locales: locales)
        }
    }
}
