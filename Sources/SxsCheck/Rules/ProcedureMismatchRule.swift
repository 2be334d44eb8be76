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
        // Both sides are read as outlines: the procedures and their steps, without text or actions. A step's
        // actions matter only where the translated step marks, in its pairs, fewer UI labels than the English
        // step names; most steps mark as many, which a bound on the labels the English names, from its Markdown,
        // tells without reading it.
        let source = ProcedureExtractor(side: .source, recognizer: sourcePatterns, detail: .steps).procedures(in: document.document)
        let target = ProcedureExtractor(side: .target, recognizer: targetPatterns, detail: .steps).procedures(in: document.document)
        // Without procedures on either side there is nothing to compare.
        guard !source.isEmpty || !target.isEmpty else { return [] }
        // The findings need the source's steps and actions only: titles, context, results, notes and the steps'
        // text go unread (a message names the translation's procedure, never the source's).
        let sourceSteps = ProcedureExtractor(side: .source, recognizer: sourcePatterns, detail: .stepActions)
        let targetSteps = ProcedureExtractor(side: .target, recognizer: targetPatterns, detail: .actions)
        let labels = MarkedLabels(document, context: context)
        var violations: [Violation] = []
        if target.count != source.count, let first = target.first ?? source.first {
            violations.append(Violation(
                message: "the translation has \(target.count) procedure(s) where the source has \(source.count): a list was split or merged",
                location: first.range.start))
        }
        // The translation's procedures with their titles, read if a message needs one.
        var titled: [Procedure]?
        for (index, (targetProcedure, sourceProcedure)) in zip(target, source).enumerated() {
            let targetOutline = targetProcedure.allSteps, sourceOutline = sourceProcedure.allSteps
            guard targetOutline.count == sourceOutline.count else {
                violations.append(Violation(
                    message: "the translated procedure has \(targetOutline.count) step(s), the source's \(sourceOutline.count): steps were merged or split",
                    location: targetProcedure.range.start))
                continue
            }
            // A UI element the English step names and the translated step does not mark.
            for (targetOutlineStep, sourceOutlineStep) in zip(targetOutline, sourceOutline) {
                if let bound = sourceSteps.namedElementBound(ofStepAt: sourceOutlineStep.range, in: document.document),
                   bound == 0 || labels.markAtLeast(bound, in: targetOutlineStep.range) { continue }
                guard let sourceStep = sourceSteps.step(at: sourceOutlineStep.range, in: document.document) else { continue }
                let namedCount = sourceStep.actions.count(where: { $0.ui != nil })
                guard namedCount > 0, !labels.markAtLeast(namedCount, in: targetOutlineStep.range),
                      let targetStep = targetSteps.step(at: targetOutlineStep.range, in: document.document),
                      targetStep.actions.count(where: { $0.ui != nil }) < namedCount else { continue }
                let named = sourceStep.actions.compactMap(\.ui), marked = targetStep.actions.compactMap(\.ui)
                var targetAlone = procedure(of: targetStep, in: targetProcedure)
                let sourceAlone = procedure(of: sourceStep, in: sourceProcedure)
                // The comparison names the translated procedure, by its title, when the two steps have other substeps.
                if targetAlone.allSteps.count != sourceAlone.allSteps.count {
                    if titled == nil { titled = targetSteps.procedures(in: document.document) }
                    targetAlone.title = titled?[index].title
                }
                let missing = ProcedureComparison.disagreements(target: [targetAlone], source: [sourceAlone])
                violations.append(Violation(
                    message: "step \(targetStep.number) names \(named.count) UI element(s) in the source (\(named.map { "'\($0.label)'" }.joined(separator: ", "))) and \(marked.count) in the translation",
                    notes: missing.map(\.message), location: targetStep.range.start))
            }
        }
        return violations
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
struct MarkedLabels {
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
