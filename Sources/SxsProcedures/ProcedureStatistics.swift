import Foundation
import SideBySide

/// How many procedures and steps a set of articles holds, and how many steps' actions were recognised.
public struct ProcedureStatistics: Sendable {
    /// The counts of one article.
    public struct Article: Sendable {
        /// The article's path.
        public var path: String
        /// The locale of its target (of its one text, for an article without pairs).
        public var locale: String
        /// Whether it has pairs, so that both sides were read.
        public var isBilingual: Bool
        /// The procedures read from the target (from its one text, for an article without pairs).
        public var procedures: Int
        /// The steps (substeps included) read from the target, and how many have an action.
        public var targetSteps: Int, targetRecognised: Int
        /// The steps read from the source, and how many have an action.
        public var sourceSteps: Int, sourceRecognised: Int
        /// Steps whose target and source actions disagree.
        public var disagreements: Int
        /// Every step with no recognised action: side, line and command.
        public var unrecognised: [(side: ProcedureSide, line: Int, command: String)]

        /// Reads both sides of `document` (its one text as the target, if it has no pairs) and counts.
        public init(document: SxsDocument, locales: inout ProcedureLocales) throws {
            path = document.path
            isBilingual = ArticleProcedures.isBilingual(document)
            let target = try ArticleProcedures.extract(from: document, side: .target, locales: &locales)
            let source = isBilingual ? try ArticleProcedures.extract(from: document, side: .source, locales: &locales) : nil
            locale = target.locale
            procedures = target.procedures.count
            let targetAll = target.procedures.flatMap(\.allSteps), sourceAll = source?.procedures.flatMap(\.allSteps) ?? []
            targetSteps = targetAll.count
            targetRecognised = targetAll.filter(\.isRecognised).count
            sourceSteps = sourceAll.count
            sourceRecognised = sourceAll.filter(\.isRecognised).count
            disagreements = source.map { ProcedureComparison.disagreements(target: target.procedures, source: $0.procedures).count } ?? 0
            unrecognised = []
            for step in sourceAll where !step.isRecognised {
                unrecognised.append((.source, step.range.start.line, step.command.plainText))
            }
            for step in targetAll where !step.isRecognised {
                unrecognised.append((.target, step.range.start.line, step.command.plainText))
            }
            unrecognised.sort { $0.line != $1.line ? $0.line < $1.line : $0.side.rawValue > $1.side.rawValue }
        }
    }

    /// The counts of one locale.
    public struct Totals: Sendable, Hashable {
        public var articles = 0, articlesWithProcedures = 0, procedures = 0
        public var targetSteps = 0, targetRecognised = 0, sourceSteps = 0, sourceRecognised = 0, disagreements = 0
    }

    /// The articles counted, in the order added.
    public private(set) var articles: [Article] = []

    public init() {}

    /// Counts one more article.
    public mutating func add(_ article: Article) { articles.append(article) }

    /// The totals per locale, by locale name; articles without pairs are counted apart, as `LOCALE (no pairs)`.
    public var totals: [String: Totals] {
        var totals: [String: Totals] = [:]
        for article in articles {
            let key = article.isBilingual ? article.locale : article.locale + " (no pairs)"
            var total = totals[key, default: Totals()]
            total.articles += 1
            if article.procedures > 0 { total.articlesWithProcedures += 1 }
            total.procedures += article.procedures
            total.targetSteps += article.targetSteps
            total.targetRecognised += article.targetRecognised
            total.disagreements += article.disagreements
            total.sourceSteps += article.sourceSteps
            total.sourceRecognised += article.sourceRecognised
            totals[key] = total
        }
        return totals
    }

    /// The statistics as a Markdown table per locale, then every unrecognised step as `path:line: side: command`.
    public func report() -> String {
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "–" : String(format: "%.1f%% (%d/%d)", Double(part) * 100 / Double(whole), part, whole)
        }
        var lines = [
            "| locale | articles | with procedures | procedures | steps (target) | recognised from target | steps (source) | recognised from source | steps where target and source disagree |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for (locale, total) in totals.sorted(by: { $0.key < $1.key }) {
            let bilingual = !locale.hasSuffix("(no pairs)")
            lines.append("| \(locale) | \(total.articles) | \(total.articlesWithProcedures) | \(total.procedures) | "
                + "\(total.targetSteps) | \(percent(total.targetRecognised, total.targetSteps)) | "
                + "\(bilingual ? String(total.sourceSteps) : "–") | \(bilingual ? percent(total.sourceRecognised, total.sourceSteps) : "–") | "
                + "\(bilingual ? String(total.disagreements) : "–") |")
        }
        lines.append("")
        lines.append("Unrecognised steps (no action found):")
        for article in articles {
            for step in article.unrecognised {
                let command = step.command.count > 100 ? String(step.command.prefix(100)) + "…" : step.command
                lines.append("\(article.path):\(step.line): \(step.side.rawValue): \(command)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
