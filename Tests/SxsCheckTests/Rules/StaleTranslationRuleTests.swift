import SideBySide
@testable import SxsCheck
import Testing

@Suite struct StaleTranslationRuleTests {
    @Test func reportsChangedEnglishWithAWordDiff() {
        var context = RuleTesting.context
        context.currentEnglish["a.md"] = CurrentEnglish(
            sentences: ["Before you can sell subscriptions, you need to create a record of your customer in Partner Center.",
                        "This includes their contact information and an Azure AD domain."], path: "en-US/a.md")
        let body = RuleExample.pair("a-1", "你需要先在合作伙伴中心中创建客户记录。", "Before you can sell subscriptions, you need to create an account for your customer in your Partner Dashboard.")
            + " " + RuleExample.pair("a-2", "这包括客户的联系人信息和一个 Azure AD 域。", "This includes their contact information and an Azure AD domain.")
        let document = RuleTesting.document(RuleExample.document("zh-CN", body, triggers: true).article, path: "zh-CN/a.md")
        let violations = StaleTranslationRule().check(document, context: context)
        #expect(violations.map { $0.pair?.id.raw } == ["a-1"])
        #expect(violations.first?.message.contains("[-an account for-] {+a record of+}") == true, "\(violations.first?.message ?? "")")
    }

    @Test func quietWithoutCurrentEnglish() {
        let document = RuleTesting.document(RuleExample.passing("zh-CN", "甲", "A").article, path: "zh-CN/a.md")
        #expect(StaleTranslationRule().check(document, context: RuleTesting.context).isEmpty)
    }
}
