import SideBySide
import SxsProcedures

/// Procedures whose translation has other steps, or fewer UI elements in a step, than the English.
public struct ProcedureMismatchRule: CheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "procedure-mismatch", defaultSeverity: .warning, category: .structure,
        rationale: "a translated procedure must have the source's steps, each naming the source's UI elements, or a reader following it misses a click",
        examples: [
            .document("zh-CN", """
            1. \(RuleExample.pair("p-101", "从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."))
            2. \(RuleExample.pair("p-102", "然后选择添加客户。", "Then select **Add customer**."))
            """, triggers: true),
            .document("zh-CN", """
            1. \(RuleExample.pair("p-101", "从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."))
            2. \(RuleExample.pair("p-102", "然后选择**添加客户**。", "Then select **Add customer**."))
            """, triggers: false),
            .document("zh-CN", """
            1. \(RuleExample.pair("p-101", "从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."))
            2. \(RuleExample.pair("p-102", "否则，请选择“创建新的配置文件”并按“提交”。", "Otherwise, select **Create new profile** and press **Submit**."))
            """, triggers: false),
        ])

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        guard let locale = document.locale, let targetPatterns = context.procedureRecognizers[locale],
              let sourcePatterns = context.procedureRecognizers["en-US"], !document.pairs.isEmpty else { return [] }
        // The findings need the source's steps and actions only: titles, context, results, notes and the steps'
        // text go unread (a message names the translation's procedure, never the source's).
        let source = ProcedureExtractor(side: .source, recognizer: sourcePatterns, detail: .stepActions).procedures(in: document.document)
        // The translation's actions matter only in a step whose pairs mark fewer UI labels than the English
        // step names: most articles have none, and their translation is read as an outline (the same
        // procedures and steps, without actions: each step then counts as naming none, which is reported
        // only when the labels fall short, so never).
        let outline = ProcedureExtractor(side: .target, recognizer: targetPatterns, detail: .steps).procedures(in: document.document)
        // Without procedures on either side there is nothing to compare.
        guard !source.isEmpty || !outline.isEmpty else { return [] }
        let labels = MarkedLabels(document, context: context)
        // Every step of each procedure (substeps after their parent), gathered once for both passes.
        let allSourceSteps = source.map(\.allSteps), allOutlineSteps = outline.map(\.allSteps)
        let readsActions = mayLackLabels(allOutlineSteps, allSourceSteps, labels: labels)
        let target = readsActions
            ? ProcedureExtractor(side: .target, recognizer: targetPatterns, detail: .actions).procedures(in: document.document)
            : outline
        let allTargetSteps = readsActions ? target.map(\.allSteps) : allOutlineSteps
        var violations: [Violation] = []
        if target.count != source.count, let first = target.first ?? source.first {
            violations.append(Violation(
                message: "the translation has \(target.count) procedure(s) where the source has \(source.count): a list was split or merged",
                location: first.range.start))
        }
        for (index, (targetProcedure, sourceProcedure)) in zip(target, source).enumerated() {
            let targetSteps = allTargetSteps[index], sourceSteps = allSourceSteps[index]
            guard targetSteps.count == sourceSteps.count else {
                violations.append(Violation(
                    message: "the translated procedure has \(targetSteps.count) step(s), the source's \(sourceSteps.count): steps were merged or split",
                    location: targetProcedure.range.start))
                continue
            }
            // A UI element the English step names and the translated step does not mark.
            for (targetStep, sourceStep) in zip(targetSteps, sourceSteps) {
                let namedCount = sourceStep.actions.count(where: { $0.ui != nil })
                guard targetStep.actions.count(where: { $0.ui != nil }) < namedCount,
                      !labels.markAtLeast(namedCount, in: targetStep.range) else { continue }
                let named = sourceStep.actions.compactMap(\.ui), marked = targetStep.actions.compactMap(\.ui)
                let missing = ProcedureComparison.disagreements(target: [procedure(of: targetStep, in: targetProcedure)],
                                                                source: [procedure(of: sourceStep, in: sourceProcedure)])
                violations.append(Violation(
                    message: "step \(targetStep.number) names \(named.count) UI element(s) in the source (\(named.map { "'\($0.label)'" }.joined(separator: ", "))) and \(marked.count) in the translation",
                    notes: missing.map(\.message), location: targetStep.range.start))
            }
        }
        return violations
    }

    /// Whether a step of the target's procedures has as many steps around it as the source's and marks, in
    /// its pairs, fewer UI labels than the source's step names: where the translation's actions must be read.
    /// `target` and `source` hold every step of each procedure, in order (``Procedure/allSteps``).
    private func mayLackLabels(_ target: [[ProcedureStep]], _ source: [[ProcedureStep]], labels: MarkedLabels) -> Bool {
        zip(target, source).contains { targetSteps, sourceSteps in
            guard targetSteps.count == sourceSteps.count else { return false }
            return zip(targetSteps, sourceSteps).contains { targetStep, sourceStep in
                let namedCount = sourceStep.actions.count(where: { $0.ui != nil })
                return namedCount > 0 && !labels.markAtLeast(namedCount, in: targetStep.range)
            }
        }
    }

    /// A procedure holding only `step`, so the comparison explains that step alone.
    private func procedure(of step: ProcedureStep, in procedure: Procedure) -> Procedure {
        var single = procedure
        single.steps = [step]
        return single
    }
}

/// The UI labels the translated pairs of an article mark, in bold or in the locale's label quotes
/// (the procedure recognizer may not read every quoted label as an action), counted by step.
private struct MarkedLabels {
    let pairs: [CheckedPair]
    let quotes: [[String]]
    /// Whether the pairs start in file order, so that those in a range are found by bisection.
    let inOrder: Bool

    init(_ document: CheckedDocument, context: CheckContext) {
        pairs = document.pairs
        quotes = context.conventions(for: document.locale)?.labelQuotes ?? []
        let pairs = pairs
        inOrder = zip(pairs, pairs.dropFirst()).allSatisfy { $0.pair.range.start.offset <= $1.pair.range.start.offset }
    }

    /// Whether the pairs within `range` mark `count` UI labels or more.
    ///
    /// Bold labels are counted first, and quoted ones only if they do not reach `count`: the answer is
    /// the one the full count gives, as no pair counts less than none.
    func markAtLeast(_ count: Int, in range: SourceRange) -> Bool {
        let within = pairs(in: range)
        var marked = 0
        for index in within where pairs[index].target.labels.count > 0 && range.contains(pairs[index].pair.range) {
            marked += pairs[index].target.labels.count
            if marked >= count { return true }
        }
        for index in within where range.contains(pairs[index].pair.range) {
            marked += UILabelParityRule.quotedSpans(in: pairs[index].target.prose, quotes: quotes)
            if marked >= count { return true }
        }
        return marked >= count
    }

    /// The indices of the pairs that may lie in `range`: all of them, or, in file order, those starting
    /// from its start up to its end (a pair's range ends after it starts, so one starting after the end
    /// cannot lie in it).
    private func pairs(in range: SourceRange) -> Range<Int> {
        guard inOrder else { return pairs.indices }
        let low = pairs.firstIndex(bisecting: { $0.pair.range.start.offset >= range.start.offset })
        return low..<pairs[low...].firstIndex(bisecting: { $0.pair.range.start.offset > range.end.offset })
    }
}
