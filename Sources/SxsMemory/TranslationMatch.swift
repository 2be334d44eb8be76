import SideBySide

/// A stored translation of English like the text searched for, with how alike the two English texts are.
public struct TranslationMatch: Sendable, Hashable {
    /// How alike the stored English is to the text searched for, 0–100 (``FuzzyScore``); 100 for
    /// an exact match (same ``MatchText`` key).
    public var score: Int
    /// The locale of the translation.
    public var locale: String
    /// The stored English as written (sxs Markdown).
    public var source: String
    /// The translation as written (sxs Markdown).
    public var target: String
    /// The English without markup.
    public var sourceText: String
    /// The translation without markup.
    public var targetText: String
    /// Where this translation was last seen (the article with the latest date): article path, segment id, line.
    public var path: String
    public var segmentID: String
    public var line: Int
    /// That article's translation type and date (`ms.date`, else `ms.lasthandoff`).
    public var translationType: TranslationType?
    public var date: String?
    /// How many stored pairs have this English and this translation.
    public var occurrences: Int

    /// Whether the English is the same text (``MatchText`` key) as the text searched for.
    public var isExact: Bool { score == 100 }
}
