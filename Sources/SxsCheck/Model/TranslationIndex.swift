/// Translations kept outside the files checked (a translation memory) that the consistency rules
/// compare the files' pairs with: every stored translation of the same English, in the same locale.
///
/// Keys are the ones ``ConsistencyIndex`` groups by: a source's plain text normalised
/// (``TextNormalization/normalized(_:)``), a target's plain text folded (``TextNormalization/folded(_:)``).
public protocol TranslationIndex: Sendable {
    /// The stored pairs in `locale` whose English, normalised, is `source`.
    func pairs(withNormalizedSource source: String, locale: String) -> [IndexedPair]
    /// The stored pairs in `locale` whose translation, folded, is `target`.
    func pairs(withFoldedTarget target: String, locale: String) -> [IndexedPair]
}

/// One pair of a ``TranslationIndex``: its texts as the rules compare them, and where it was written.
public struct IndexedPair: Sendable, Hashable {
    /// The article the pair was read from, as the index names it.
    public var path: String
    public var line: Int
    public var column: Int
    public var segmentID: String
    /// The English, normalised (``TextNormalization/normalized(_:)`` of its plain text).
    public var normalizedSource: String
    /// The translation, folded (``TextNormalization/folded(_:)`` of its plain text).
    public var foldedTarget: String

    public init(path: String, line: Int, column: Int, segmentID: String, normalizedSource: String, foldedTarget: String) {
        self.path = path
        self.line = line
        self.column = column
        self.segmentID = segmentID
        self.normalizedSource = normalizedSource
        self.foldedTarget = foldedTarget
    }
}
