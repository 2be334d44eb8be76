import SideBySide
import SxsMarkup

/// A pair with both sides, and the facts of each side the rules compare.
///
/// A class: every rule reads every pair, and a shared reference costs one retain where a copy of
/// the two sides' facts costs dozens.
public final class CheckedPair: Sendable {
    /// The pairs of the article the pair is in, and the pair's place among them.
    ///
    /// The pair is lent from the article's array, not copied: a copy of a pair retains a dozen strings
    /// and arrays, and releases them when the facts go.
    private let segments: [SegmentPair]
    private let index: Int
    /// The pair.
    public var pair: SegmentPair {
        _read { yield segments[index] }
    }
    /// The locale of the article the pair is in.
    public let locale: String?
    public let target: SideFacts
    public let source: SideFacts
    /// The source's plain text normalized (``TextNormalization/normalized(_:)``): how sources are compared.
    public let normalizedSource: String
    /// The translation's plain text folded (``TextNormalization/folded(_:)``): how translations are compared.
    public let foldedTarget: String

    public convenience init(pair: SegmentPair, locale: String?, target: SideFacts, source: SideFacts) {
        self.init(segments: [pair], index: 0, locale: locale, target: target, source: source)
    }

    /// The pair at `index` of `segments` (an article's pairs), with its facts.
    init(segments: [SegmentPair], index: Int, locale: String?, target: SideFacts, source: SideFacts) {
        // The forms first: the facts, used last, are moved in rather than copied.
        normalizedSource = TextNormalization.normalized(source.plainText)
        foldedTarget = TextNormalization.folded(target.plainText)
        self.segments = segments
        self.index = index
        self.locale = locale
        self.target = target
        self.source = source
    }

    /// Whether the translation's normalized form is the source's: the two say the same text.
    public var targetIsNormalizedSource: Bool {
        TextNormalization.normalized(target.plainText, equals: normalizedSource)
    }
}

/// An article ready to be checked: its model, its locale, and the facts of its pairs.
public struct CheckedDocument: Sendable {
    public let document: SxsDocument
    /// The article's locale: `ms.contentlocale`, or a locale named in its path (`zh-CN-2017/…`).
    public let locale: String?
    /// The pairs that have an English source, with their facts, in document order.
    public let pairs: [CheckedPair]
    /// The pairs the corpus rules compare, made with the facts (on the thread that checks the article).
    let consistencyEntries: [ConsistencyIndex.Entry]

    public init(_ document: SxsDocument, tokenizer: HTMLTokenizer) {
        self.document = document
        let locale = document.frontMatter?.contentLocale.map(LocaleName.normalized) ?? LocaleName.inPath(document.path)
        self.locale = locale
        let segments = document.segments
        let pairs = segments.indices.compactMap { index -> CheckedPair? in
            guard let source = segments[index].source else { return nil }
            return CheckedPair(segments: segments, index: index, locale: locale,
                               target: SideFacts(segments[index].target, tokenizer: tokenizer),
                               source: SideFacts(source, tokenizer: tokenizer))
        }
        self.pairs = pairs
        consistencyEntries = ConsistencyIndex.entries(of: pairs, locale: locale, path: document.path)
    }

    public var path: String { document.path }
}
