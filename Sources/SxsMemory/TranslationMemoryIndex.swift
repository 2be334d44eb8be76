import GRDB
import SideBySide
import SxsCheck

/// The memory's pairs as the consistency rules of `sxs check --tm` look them up (``TranslationIndex``):
/// loaded once, then answered from memory, by normalised English and by folded translation.
public struct TranslationMemoryIndex: TranslationIndex {
    private var bySource: [String: [IndexedPair]] = [:]
    private var byTarget: [String: [IndexedPair]] = [:]

    /// The pairs of `memory`, of `locales` only when given.
    public init(_ memory: TranslationMemory, locales: Set<String>? = nil) throws(FileIOError) {
        let rows = try memory.read { db in
            try Row.fetchAll(db, sql: """
                SELECT u.locale, a.path, u.startLine, u.startColumn, u.segmentID, s.key, u.targetText
                FROM translationUnit u JOIN article a ON a.id = u.articleID JOIN source s ON s.id = u.sourceID
                ORDER BY u.id
                """)
        }
        for row in rows {
            let locale: String = row[0]
            if let locales, !locales.contains(locale) { continue }
            let pair = IndexedPair(path: row[1], line: row[2], column: row[3], segmentID: row[4],
                                   normalizedSource: row[5], foldedTarget: TextNormalization.folded(row[6]))
            bySource[locale + "\u{1}" + pair.normalizedSource, default: []].append(pair)
            byTarget[locale + "\u{1}" + pair.foldedTarget, default: []].append(pair)
        }
    }

    public func pairs(withNormalizedSource source: String, locale: String) -> [IndexedPair] {
        bySource[locale + "\u{1}" + source] ?? []
    }

    public func pairs(withFoldedTarget target: String, locale: String) -> [IndexedPair] {
        byTarget[locale + "\u{1}" + target] ?? []
    }
}
