import SideBySide
import SxsCheck

/// One aligned pair as the memory stores it: the English source and its translation, as written
/// (sxs Markdown) and as plain text, with the keys the memory and the checks match on.
public struct TranslationUnitRecord: Sendable, Hashable {
    /// The segment id (`063b3-113`).
    public var segmentID: String
    /// The pair's place among the article's pairs, from 0 (front-matter pairs first).
    public var position: Int
    /// Where the pair starts in the article.
    public var line: Int
    public var column: Int
    /// The kind of block that holds the pair (`paragraph`, `tableCell`, `frontMatter`…).
    public var blockKind: String
    /// The English as written between the tags (Markdown).
    public var source: String
    /// The translation as written between the tags (Markdown).
    public var target: String
    /// The English without markup, and its exact-match key.
    public var sourceText: MatchText
    /// The translation without markup.
    public var targetText: String
    /// The words of the English (``MatchText/wordCount``).
    public var sourceWords: Int

    public init(pair: SegmentPair, position: Int) {
        segmentID = pair.id.raw
        self.position = position
        line = pair.range.start.line
        column = pair.range.start.column
        blockKind = pair.blockKind
        source = pair.source?.text ?? ""
        target = pair.target.text
        sourceText = MatchText(plain: pair.source?.plainText ?? "")
        targetText = pair.target.plainText
        sourceWords = sourceText.wordCount
    }
}
