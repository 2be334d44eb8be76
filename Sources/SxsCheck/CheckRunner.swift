import Foundation
import SideBySide
import SxsMarkup
import SxsProcedures

/// The outcome of checking a set of articles.
public struct CheckReport: Sendable {
    /// Every finding not in the baseline, sorted by file and position.
    public var findings: [Finding]
    /// How many files were checked.
    public var fileCount: Int
    /// How many findings the baseline suppressed.
    public var suppressed: Int
    /// Files that could not be read.
    public var unreadable: [FileIOError]

    /// Whether any finding is an error (the check fails).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } || !unreadable.isEmpty }

    /// Finding counts by rule id.
    public var countsByRule: [String: Int] {
        findings.reduce(into: [:]) { $0[$1.ruleID, default: 0] += 1 }
    }
}

/// Runs the check rules over articles on all cores, then the corpus-wide rules, and applies the configuration.
public struct CheckRunner: Sendable {
    public var configuration: CheckConfiguration
    public var context: CheckContext
    public var baseline: Baseline
    public var documentRules: [any CheckRule]
    public var corpusRules: [any CorpusCheckRule]

    public init(configuration: CheckConfiguration = CheckConfiguration(), context: CheckContext = CheckContext(),
                baseline: Baseline = Baseline(), documentRules: [any CheckRule] = RuleRegistry.documentRules,
                corpusRules: [any CorpusCheckRule] = RuleRegistry.corpusRules) {
        self.configuration = configuration
        self.context = context
        self.baseline = baseline
        self.documentRules = documentRules
        self.corpusRules = corpusRules
    }

    /// Checks the articles at `paths` (files, already expanded).
    ///
    /// Each article is parsed, checked by the per-article rules and reduced to what the corpus
    /// rules compare on the thread that read it; its model is not kept.
    public func run(paths: [String]) -> CheckReport {
        var outcomes = SxsParser.parseFiles(paths) { result -> Result<CheckedArticle, FileIOError> in
            result.map { document in checked(CheckedDocument(document, tokenizer: HTMLTokenizer())) }
        }
        return report(&outcomes, fileCount: paths.count)
    }

    /// Checks articles already parsed.
    public func run(documents: [SxsDocument]) -> CheckReport {
        let tokenizer = HTMLTokenizer()
        var outcomes = documents.map { document -> Result<CheckedArticle, FileIOError> in
            .success(checked(CheckedDocument(document, tokenizer: tokenizer)))
        }
        return report(&outcomes, fileCount: documents.count)
    }

    /// An article after its own rules: their findings, and what the corpus rules need of it.
    private struct CheckedArticle {
        var path: String
        var findings: [Finding]
        var entries: [ConsistencyIndex.Entry]
    }

    private func checked(_ document: CheckedDocument) -> CheckedArticle {
        CheckedArticle(path: document.path, findings: findings(in: document), entries: document.consistencyEntries)
    }

    /// The report of the articles' outcomes, which are let go of (emptied) once the corpus rules ran.
    private func report(_ outcomes: inout [Result<CheckedArticle, FileIOError>], fileCount: Int) -> CheckReport {
        var findings: [Finding] = []
        var unreadable: [FileIOError] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let article): findings += article.findings
            case .failure(let error): unreadable.append(error)
            }
        }
        let corpusFindings = corpusFindings(outcomes)
        // The articles' entries and findings are many small strings and arrays: they are freed on all cores,
        // each article's where it is emptied, not one by one on this thread once the report is made.
        if !outcomes.isEmpty {
            outcomes.withUnsafeMutableBufferPointer { slots in
                DispatchQueue.concurrentPerform(iterations: slots.count) { index in
                    slots[index] = .success(CheckedArticle(path: "", findings: [], entries: []))
                }
            }
        }
        for (rule, found) in zip(corpusRules, corpusFindings) {
            for var finding in found {
                guard let severity = configuration.severity(of: rule.descriptor, at: finding.path) else { continue }
                finding.severity = severity
                findings.append(finding)
            }
        }
        let kept = findings.filter { !baseline.contains($0) }
        let sorted = kept.sorted {
            ($0.path, $0.location.offset, $0.ruleID) < ($1.path, $1.location.offset, $1.ruleID)
        }
        return CheckReport(findings: sorted, fileCount: fileCount, suppressed: findings.count - kept.count,
                           unreadable: unreadable)
    }

    /// The findings of the corpus rules in the articles checked, rule by rule: the rules share one index and
    /// run side by side. The index is let go of on return, so the outcomes then hold the only references to the entries.
    private func corpusFindings(_ outcomes: [Result<CheckedArticle, FileIOError>]) -> [[Finding]] {
        let corpus = CheckedCorpus(outcomes.compactMap { outcome in
            guard case .success(let article) = outcome else { return nil }
            return (article.path, article.entries)
        })
        var corpusFindings = [[Finding]](repeating: [], count: corpusRules.count)
        corpusFindings.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: corpusRules.count) { index in
                slots[index] = corpusRules[index].check(corpus, context: context)
            }
        }
        return corpusFindings
    }

    /// The findings of the per-article rules in one article.
    public func findings(in document: CheckedDocument) -> [Finding] {
        var context = self.context
        if !configuration.allowlist.isEmpty, let locale = document.locale {
            var conventions = context.conventions[locale] ?? LocaleConventions(locale: locale)
            conventions.allowlist += configuration.allowlist
            context.conventions[locale] = conventions
        }
        var findings: [Finding] = []
        for rule in documentRules {
            guard let severity = configuration.severity(of: rule.descriptor, at: document.path) else { continue }
            for violation in rule.check(document, context: context) {
                let location = violation.pair?.range.start ?? violation.location ?? SourceLocation(line: 1, column: 1, offset: 0)
                findings.append(Finding(
                    ruleID: rule.descriptor.id, severity: severity, category: rule.descriptor.category,
                    message: violation.message, notes: violation.notes, path: document.path, location: location,
                    segmentID: violation.pair?.id.raw, target: violation.pair?.target.text, source: violation.pair?.source?.text))
            }
        }
        return findings
    }
}

extension CheckContext {
    /// The conventions and UI strings of every locale found in `folder` (`locales/<locale>/`).
    public static func load(locales folder: String) throws -> CheckContext {
        var context = CheckContext()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Set once, at the end: each setting makes the recognizers of every locale anew.
        var procedurePatterns: [String: LocaleProcedurePatterns] = [:]
        for name in names.sorted() where LocaleName.leading(name) == name {
            context.conventions[name] = try LocaleConventions.load(locale: name, from: folder)
            context.terminology[name] = try Terminology.load(locale: name, from: folder)
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("\(name)/procedures.yml")) {
                do {
                    procedurePatterns[name] = try LocaleProcedurePatterns.load(locale: name, from: folder)
                } catch {
                    throw FileIOError(path: (folder as NSString).appendingPathComponent("\(name)/procedures.yml"), message: "\(error)")
                }
            }
        }
        context.procedurePatterns = procedurePatterns
        return context
    }

    /// Adds the current English of each `.md` article in `folder`, parsed, by file name.
    public mutating func loadCurrentEnglish(from folder: String) throws {
        for path in try FileIO.markdownFiles(in: [folder]) {
            let document = try SxsParser().parse(contentsOf: path)
            let name = (path as NSString).lastPathComponent
            if document.segments.isEmpty {
                currentEnglish[name] = CurrentEnglish(sentences: EnglishSentences.sentences(of: document),
                                                      blocks: EnglishSentences.blocks(of: document), path: path)
            } else {
                currentEnglish[name] = CurrentEnglish(sentences: document.segments.compactMap { $0.source?.text }, path: path)
            }
        }
    }
}
