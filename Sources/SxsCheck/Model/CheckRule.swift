import SideBySide

/// What a rule is: its stable id, default severity, family, rationale, and examples.
public struct RuleDescriptor: Sendable, Hashable {
    /// The stable identifier used in findings, configuration and baselines.
    public var id: String
    public var defaultSeverity: Diagnostic.Severity
    public var category: RuleCategory
    /// One line: what the rule finds and why it matters.
    public var rationale: String
    /// Pairs that trigger the rule and pairs that do not: its documentation and its tests.
    public var examples: [RuleExample]

    public init(id: String, defaultSeverity: Diagnostic.Severity, category: RuleCategory, rationale: String,
                examples: [RuleExample]) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.category = category
        self.rationale = rationale
        self.examples = examples
    }
}

/// A piece of an article, in a locale, that a rule should or should not report.
public struct RuleExample: Sendable, Hashable {
    public var locale: String
    /// The article body, side-by-side Markdown (front matter with `ms.contentlocale` is added).
    public var body: String
    /// Whether the rule reports something in it.
    public var triggers: Bool

    /// A pair the rule reports.
    public static func triggering(_ locale: String, _ target: String, _ source: String) -> RuleExample {
        RuleExample(locale: locale, body: pair("ex-101", target, source), triggers: true)
    }

    /// A pair the rule does not report.
    public static func passing(_ locale: String, _ target: String, _ source: String) -> RuleExample {
        RuleExample(locale: locale, body: pair("ex-101", target, source), triggers: false)
    }

    /// An article body the rule reports (or, with `triggers: false`, does not).
    public static func document(_ locale: String, _ body: String, triggers: Bool) -> RuleExample {
        RuleExample(locale: locale, body: body, triggers: triggers)
    }

    /// A pair as the articles write it.
    public static func pair(_ id: String, _ target: String, _ source: String) -> String {
        "<span data-ttu-id=\"\(id)\">\(target)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(source)</span></span>"
    }

    /// The whole example article.
    public var article: String {
        "---\nms.contentlocale: \(locale)\n---\n" + body + "\n"
    }
}

/// A check over one article.
public protocol CheckRule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// The violations in `document`, each with its message and place.
    func check(_ document: CheckedDocument, context: CheckContext) -> [Violation]
}

/// A check over every article given at once (consistency across files).
public protocol CorpusCheckRule: Sendable {
    var descriptor: RuleDescriptor { get }
    func check(_ corpus: CheckedCorpus, context: CheckContext) -> [Finding]
}

extension CorpusCheckRule {
    /// The findings in `documents`, checked together.
    public func check(_ documents: [CheckedDocument], context: CheckContext) -> [Finding] {
        check(CheckedCorpus(documents), context: context)
    }
}

/// What the corpus rules compare of the articles checked together: each pair's normalized source
/// and folded translation, with where it is written.
///
/// It keeps none of the articles' models: a check can let each article go once its own rules ran.
public struct CheckedCorpus: Sendable {
    let index: ConsistencyIndex

    /// The corpus of `documents`.
    public init(_ documents: [CheckedDocument]) {
        index = ConsistencyIndex(entries: documents.map(\.consistencyEntries), paths: documents.map(\.path))
    }

    /// The corpus of articles already reduced to their entries (as the runner keeps them).
    init(_ articles: [(path: String, entries: [ConsistencyIndex.Entry])]) {
        index = ConsistencyIndex(entries: articles.map(\.entries), paths: articles.map(\.path))
    }
}

/// A check of one segment pair that has both sides; most rules are of this kind.
public protocol PairCheckRule: CheckRule {
    /// The message of each problem in `pair`, empty when there is none.
    func problems(in pair: CheckedPair, context: CheckContext) -> [String]
}

extension PairCheckRule {
    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        violations(in: document) { problems(in: $0, context: context) }
    }

    /// A violation for each problem `problems` finds in a pair of `document`, pair by pair.
    @inline(__always)
    func violations(in document: CheckedDocument, _ problems: (CheckedPair) -> [String]) -> [Violation] {
        var violations: [Violation] = []
        document.pairs.withUnsafeBufferPointer { pairs in
            for index in pairs.indices {
                // The document holds its pairs while the rule runs: each is lent to the rule as it is,
                // not retained and released once per rule and pair.
                let found = Unmanaged.passUnretained(pairs[index])._withUnsafeGuaranteedRef { problems($0) }
                // Most pairs have no problem: nothing to build.
                guard !found.isEmpty else { continue }
                violations += found.map { Violation(message: $0, pair: pairs[index].pair) }
            }
        }
        return violations
    }
}

/// A problem a rule found in one article, before severity and configuration are applied.
public struct Violation: Sendable, Hashable {
    public var message: String
    public var notes: [String]
    /// The pair concerned, if any.
    public var pair: SegmentPair?
    /// Where, when there is no pair (front matter, a parser diagnostic).
    public var location: SourceLocation?

    public init(message: String, notes: [String] = [], pair: SegmentPair? = nil, location: SourceLocation? = nil) {
        self.message = message
        self.notes = notes
        self.pair = pair
        self.location = location
    }
}
