import SideBySide
@testable import SxsCheck
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
