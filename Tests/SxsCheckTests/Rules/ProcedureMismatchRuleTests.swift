import SideBySide
@testable import SxsCheck
import SxsProcedures
import SxsTestSupport
import Testing

@Suite struct ProcedureMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: ProcedureMismatchRule())
    }

    @Test func reportsMergedStepsAndMissingLabels() {
        // Two English steps, one translated step: the list was merged.
        let merged = """
        1. \(RuleExample.pair("p-101", "从**仪表板**菜单中，选择**客户**，然后选择**添加客户**。", "From the **Dashboard** menu, select **Customers**."))
        """
        let source = merged + "\n2. " + RuleExample.pair("p-102", "", "Then select **Add customer**.")
        let violations = RuleTesting.violations(ProcedureMismatchRule(), .document("zh-CN", source, triggers: true))
        #expect(!violations.isEmpty)
        // From the corpus (zh-CN 2021, technical-benefits.md): the translation drops the label's marking.
        let unmarked = "1. " + RuleExample.pair("p-101", "登录到合作伙伴中心。", "Sign in to Partner Center.") + "\n2. "
            + RuleExample.pair("p-102", "选择提交技术预售和部署请求。", "Select **Submit technical presales and deployment request**.")
        let messages = RuleTesting.violations(ProcedureMismatchRule(), .document("zh-CN", unmarked, triggers: true)).map(\.message)
        #expect(messages == ["step 2 names 1 UI element(s) in the source ('Submit technical presales and deployment request') and 0 in the translation"])
    }

    /// The rule reads each locale's recognizer from the context: it must follow the patterns however they are set.
    @Test func recognizersFollowThePatterns() {
        var context = RuleTesting.context
        #expect(!context.procedurePatterns.isEmpty)
        #expect(Set(context.procedureRecognizers.keys) == Set(context.procedurePatterns.keys))
        for (locale, patterns) in context.procedurePatterns { #expect(context.procedureRecognizers[locale]?.patterns == patterns) }
        // Set one by one, as a caller may: the English patterns under another name, then none.
        context.procedurePatterns["xx-XX"] = context.procedurePatterns["en-US"]
        #expect(context.procedureRecognizers["xx-XX"]?.patterns == context.procedurePatterns["en-US"])
        context.procedurePatterns["xx-XX"] = nil
        #expect(context.procedureRecognizers["xx-XX"] == nil)
        // Without patterns the rule reads nothing.
        let document = RuleTesting.document(RuleExample.document("zh-CN", "1. " + RuleExample.pair("p-101", "选择提交。", "Select **Submit**.") + "\n2. "
            + RuleExample.pair("p-102", "完成。", "Done."), triggers: true).article)
        #expect(!ProcedureMismatchRule().check(document, context: RuleTesting.context).isEmpty)
        #expect(ProcedureMismatchRule().check(document, context: CheckContext()).isEmpty)
    }
}

/// The rule reads both sides as outlines and reads a step's actions only where a bound on what the English names
/// says the translation may mark too few: it must report what reading every step's actions reports.
@Suite struct ProcedureMismatchFullReadingTests {
    /// The rule as a reading of every step: the source's step actions, the translation's actions and titles.
    static func fullReading(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        guard let locale = document.locale, let targetPatterns = context.procedureRecognizers[locale],
              let sourcePatterns = context.procedureRecognizers["en-US"], !document.pairs.isEmpty else { return [] }
        let source = ProcedureExtractor(side: .source, recognizer: sourcePatterns, detail: .stepActions).procedures(in: document.document)
        let target = ProcedureExtractor(side: .target, recognizer: targetPatterns, detail: .actions).procedures(in: document.document)
        guard !source.isEmpty || !target.isEmpty else { return [] }
        let labels = MarkedLabels(document, context: context)
        var violations: [Violation] = []
        if target.count != source.count, let first = target.first ?? source.first {
            violations.append(Violation(
                message: "the translation has \(target.count) procedure(s) where the source has \(source.count): a list was split or merged",
                location: first.range.start))
        }
        for (targetProcedure, sourceProcedure) in zip(target, source) {
            let targetSteps = targetProcedure.allSteps, sourceSteps = sourceProcedure.allSteps
            guard targetSteps.count == sourceSteps.count else {
                violations.append(Violation(
                    message: "the translated procedure has \(targetSteps.count) step(s), the source's \(sourceSteps.count): steps were merged or split",
                    location: targetProcedure.range.start))
                continue
            }
            for (targetStep, sourceStep) in zip(targetSteps, sourceSteps) {
                let namedCount = sourceStep.actions.count(where: { $0.ui != nil })
                guard targetStep.actions.count(where: { $0.ui != nil }) < namedCount,
                      !labels.markAtLeast(namedCount, in: targetStep.range) else { continue }
                let named = sourceStep.actions.compactMap(\.ui), marked = targetStep.actions.compactMap(\.ui)
                var targetAlone = targetProcedure, sourceAlone = sourceProcedure
                targetAlone.steps = [targetStep]
                sourceAlone.steps = [sourceStep]
                let missing = ProcedureComparison.disagreements(target: [targetAlone], source: [sourceAlone])
                violations.append(Violation(
                    message: "step \(targetStep.number) names \(named.count) UI element(s) in the source (\(named.map { "'\($0.label)'" }.joined(separator: ", "))) and \(marked.count) in the translation",
                    notes: missing.map(\.message), location: targetStep.range.start))
            }
        }
        return violations
    }

    /// English steps and translations that mark all, some or none of their labels (in bold or in quotes), with
    /// places named in words, code, references and line breaks.
    static let sources = [
        "Select **Customers**.", "From the **Dashboard** menu, select **Users**.", "Select **Save** and then **Close**.",
        "Find it listing in your customer list.", "Open the **Billing** page.", "Enter your name in the **Name** box.",
        "Sign in to Partner Center.", "Select the customer's name.", "Click **Add** > **User**.", "Run `setup` here.",
        "Select &quot;Yes&quot; and **Next**.", "Listing in your\n    customer list, select **Edit**.", "Select __Delete__.",
        "Choose **[Account](https://example.com/a)** settings.", "Listing in your cus`tomer` list.", "**Note** Read it.",
    ]
    static let targets = [
        "选择**客户**。", "选择客户。", "从**仪表板**菜单中选择“用户”。", "选择**保存**，然后选择**关闭**。", "在客户列表中找到它。",
        "打开“账单”页面。", "在**名称**框中输入你的名字。", "登录到合作伙伴中心。", "选择客户名称。", "单击**添加** > **用户**。",
        "选择 **“是”**。", "", "**注意** 阅读。",
    ]

    /// A zh-CN article of procedures, bold titles, headings and results, drawn from the fragments.
    static func article(_ random: inout SeededGenerator) -> String {
        var id = 100
        func pair() -> String {
            id += 1
            return RuleExample.pair("r-\(id)", targets.randomElement(using: &random)!, sources.randomElement(using: &random)!)
        }
        var body = ""
        if Bool.random(using: &random) {
            body += "**" + RuleExample.pair("r-99", "适用于", "Applies to") + "**\n\n- " + RuleExample.pair("r-98", "合作伙伴中心", "Partner Center") + "\n\n"
        }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: body += "## " + pair() + "\n\n"
            case 1: body += "**" + pair() + "**\n\n"
            case 2: body += pair() + "\n\n"
            default: break
            }
            for number in 1...Int.random(in: 1...4, using: &random) {
                body += "\(number). " + pair() + "\n"
                if Int.random(in: 0..<4, using: &random) == 0 { body += "\n    " + pair() + "\n" }
                if Int.random(in: 0..<5, using: &random) == 0 { body += "\n    1. " + pair() + "\n    2. " + pair() + "\n" }
                if Int.random(in: 0..<6, using: &random) == 0 { body += "\n    > " + pair() + "\n" }
                body += "\n"
            }
        }
        return body
    }

    @Test func reportsWhatReadingEveryStepReports() {
        var random = SeededGenerator(seed: 0x5EED_0003)
        var reported = 0
        for _ in 0..<400 {
            let example = RuleExample.document("zh-CN", Self.article(&random), triggers: true)
            let document = RuleTesting.document(example.article)
            let found = ProcedureMismatchRule().check(document, context: RuleTesting.context)
            #expect(found == Self.fullReading(document, context: RuleTesting.context), "\(example.body)")
            reported += found.count { $0.message.hasPrefix("step ") }
        }
        #expect(reported > 20)
    }
}
