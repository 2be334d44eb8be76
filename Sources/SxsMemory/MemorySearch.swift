import GRDB
import SideBySide

extension TranslationMemory {
    /// The stored translations in `locale` of English like `text` (Markdown or plain text), best first.
    ///
    /// Exact matches (same ``MatchText`` key) score 100. With `fuzzy`, the FTS5 index picks up to
    /// `candidates` stored English texts that share words with `text` (best BM25 rank first), and
    /// ``FuzzyScore`` scores each; those scoring at least `minimumScore` are kept. Each distinct
    /// translation of a stored English is one match; at most `limit` are returned.
    public func matches(for text: String, locale: String, fuzzy: Bool = false, limit: Int = 10,
                        minimumScore: Int = 50, candidates: Int = 100) throws(FileIOError) -> [TranslationMatch] {
        try matches(for: MatchText(markdown: text), locale: locale, fuzzy: fuzzy, limit: limit,
                    minimumScore: minimumScore, candidates: candidates)
    }

    /// ``matches(for:locale:fuzzy:limit:minimumScore:candidates:)`` of a text already without markup.
    public func matches(for text: MatchText, locale: String, fuzzy: Bool = false, limit: Int = 10,
                        minimumScore: Int = 50, candidates: Int = 100) throws(FileIOError) -> [TranslationMatch] {
        try read { db in
            var scored: [(id: Int64, score: Int)] = []
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE key = ?"), arguments: [text.key]) {
                scored.append((id, 100))
            }
            if fuzzy {
                let tokens = FuzzyScore.tokens(text.key)
                for candidate in try Self.candidates(for: tokens, locale: locale, limit: candidates, in: db) where candidate.key != text.key {
                    let score = FuzzyScore(tokens: tokens, FuzzyScore.tokens(candidate.key)).value
                    if score >= minimumScore { scored.append((candidate.id, score)) }
                }
                scored.sort { $0.score > $1.score }
            }
            var matches: [TranslationMatch] = []
            for (id, score) in scored where matches.count < limit {
                matches += try Self.translations(ofSource: id, locale: locale, score: score, in: db)
            }
            return Array(matches.prefix(limit))
        }
    }

    /// Stored English texts with one of the rarer words of `tokens`, used in `locale`, best BM25 rank first.
    static func candidates(for tokens: [String], locale: String, limit: Int, in db: Database) throws -> [(id: Int64, key: String)] {
        var words: [String] = []
        for token in tokens where token.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            && !words.contains(token) {
            words.append(token)
        }
        guard !words.isEmpty else { return [] }
        // Words most texts hold ("the", "select") make every text a candidate and the ranking slow:
        // the three rarest words are always asked for, the others only when at most 5% of texts hold them.
        let texts = try Int.fetchOne(db, sql: "SELECT max(id) FROM source") ?? 0
        let frequency = try db.cachedStatement(sql: "SELECT doc FROM sourceTerms WHERE term = ?")
        let counted = try words.map { ($0, try Int.fetchOne(frequency, arguments: [$0]) ?? 0) }.sorted { $0.1 < $1.1 }
        words = counted.enumerated().filter { $0.offset < 3 || $0.element.1 <= texts / 20 }.map(\.element.0)
        // Each word a quoted FTS5 string, so no word is read as query syntax (NEAR, AND, a column name…).
        let query = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT source.id, source.key FROM sourceSearch JOIN source ON source.id = sourceSearch.rowid
            WHERE sourceSearch MATCH ?1
              AND EXISTS (SELECT 1 FROM translationUnit WHERE translationUnit.sourceID = source.id AND translationUnit.locale = ?2)
            ORDER BY sourceSearch.rank LIMIT ?3
            """), arguments: [query, locale, limit])
        return rows.map { ($0[0], $0[1]) }
    }

    /// Each distinct translation in `locale` of the stored English `id`, most used first.
    static func translations(ofSource id: Int64, locale: String, score: Int, in db: Database) throws -> [TranslationMatch] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT u.source, u.target, u.sourceText, u.targetText, a.path, u.segmentID, u.startLine, a.translationType,
                   coalesce(a.date, a.lastHandoff) AS date
            FROM translationUnit u JOIN article a ON a.id = u.articleID
            WHERE u.sourceID = ? AND u.locale = ?
            ORDER BY coalesce(a.date, a.lastHandoff, '') DESC, u.id
            """), arguments: [id, locale])
        var order: [String] = []
        var byTarget: [String: TranslationMatch] = [:]
        for row in rows {
            let target: String = row["target"]
            if byTarget[target] != nil { byTarget[target]!.occurrences += 1; continue }
            order.append(target)
            byTarget[target] = TranslationMatch(
                score: score, locale: locale, source: row["source"], target: target, sourceText: row["sourceText"],
                targetText: row["targetText"], path: row["path"], segmentID: row["segmentID"], line: row["startLine"],
                translationType: (row["translationType"] as String?).flatMap(TranslationType.init(rawValue:)),
                date: row["date"], occurrences: 1)
        }
        return order.map { byTarget[$0]! }.sorted { $0.occurrences > $1.occurrences }
    }
}
