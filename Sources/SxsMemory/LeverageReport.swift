/// How much of a new English article a translation memory already translates: each segment's best
/// match, and segments and words by match band — the figures a localization manager budgets with.
public struct LeverageReport: Sendable, Hashable {
    /// A match band, in the order segments are given one (a segment falls in the first that applies).
    public enum Band: String, Sendable, Hashable, CaseIterable {
        /// 101%: an exact match from an article with the same file name whose previous segment is
        /// also the same (or both segments are the first): the translation fits in context as it is.
        case context
        /// 100%: the same English (``MatchText`` key) is translated in the memory.
        case exact
        /// No exact match, but the same English appeared earlier in this article: translated once, reused.
        case repetition
        /// Fuzzy matches scoring 95–99, 85–94, 75–84 and 50–74 (``FuzzyScore``).
        case fuzzy95, fuzzy85, fuzzy75, fuzzy50
        /// Nothing in the memory scores 50 or more.
        case noMatch

        /// The band's name in a report.
        public var title: String {
            switch self {
            case .context: "context (101%)"
            case .exact: "exact (100%)"
            case .repetition: "repetition"
            case .fuzzy95: "fuzzy 95-99%"
            case .fuzzy85: "fuzzy 85-94%"
            case .fuzzy75: "fuzzy 75-84%"
            case .fuzzy50: "fuzzy 50-74%"
            case .noMatch: "no match"
            }
        }

        /// The fuzzy band of `score` (50–99), or no match under 50.
        public static func fuzzy(_ score: Int) -> Band {
            switch score {
            case 95...: .fuzzy95
            case 85..<95: .fuzzy85
            case 75..<85: .fuzzy75
            case 50..<75: .fuzzy50
            default: .noMatch
            }
        }
    }

    /// One segment of the new article and its best match.
    public struct Segment: Sendable, Hashable {
        /// The English as written (Markdown).
        public var source: String
        /// Its words (``MatchText/wordCount``).
        public var words: Int
        public var band: Band
        /// The best match's score (0 when none).
        public var score: Int
        /// The best stored translation, if any scores 50 or more.
        public var match: TranslationMatch?
    }

    /// Segments and words of one band.
    public struct Row: Sendable, Hashable {
        public var band: Band
        public var segments: Int
        public var words: Int
    }

    /// The article analysed, and the locale of the translations.
    public var article: String
    public var locale: String
    /// Every segment, in article order.
    public var segments: [Segment]

    public init(article: String, locale: String, segments: [Segment]) {
        self.article = article
        self.locale = locale
        self.segments = segments
    }

    /// One row per band, in ``Band`` order (empty bands included).
    public var rows: [Row] {
        Band.allCases.map { band in
            let members = segments.filter { $0.band == band }
            return Row(band: band, segments: members.count, words: members.reduce(0) { $0 + $1.words })
        }
    }

    /// Words of the whole article.
    public var words: Int { segments.reduce(0) { $0 + $1.words } }
}
