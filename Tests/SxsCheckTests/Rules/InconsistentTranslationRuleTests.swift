import SideBySide
@testable import SxsCheck
import Testing

@Suite struct InconsistentTranslationRuleTests {
    func documents(_ targets: [String], source: String = "Select **Customers**.", locale: String = "zh-CN",
                   name: String = "a") -> [CheckedDocument] {
        targets.enumerated().map { index, target in
            RuleTesting.document(RuleExample.passing(locale, target, source).article, path: "\(locale)/\(name)\(index).md")
        }
    }

    @Test func reportsOneSourceTranslatedTwoWaysOnceWithEveryPlace() {
        let findings = InconsistentTranslationRule().check(documents(["选择**客户**。", "选择“客户”。", "选择**客户**。"]), context: RuleTesting.context)
        #expect(findings.count == 1)
        #expect(findings[0].message.contains("translated 2 ways"))
        #expect(findings[0].notes.count == 3)
        #expect(findings[0].path == "zh-CN/a0.md")
    }

    @Test func spacingAndWidthDoNotCount() {
        #expect(InconsistentTranslationRule().check(documents(["选择 Azure AD 域。", "选择Azure AD域。"], source: "Select the Azure AD domain."), context: RuleTesting.context).isEmpty)
    }

    @Test func localesAreComparedSeparately() {
        let both = documents(["选择**客户**。"]) + documents(["**[顧客]** を選びます。"], locale: "ja-JP")
        #expect(InconsistentTranslationRule().check(both, context: RuleTesting.context).isEmpty)
    }

    @Test func oneTranslationForTwoSourcesIsANote() throws {
        let target = "在合作伙伴中心中创建客户记录，然后销售订阅。"
        let docs = documents([target], source: "Create a customer record in Partner Center, then sell subscriptions.")
            + documents([target], source: "Suspend the subscription before you move the customer.", name: "b")
        let findings = InconsistentSourceRule().check(docs, context: RuleTesting.context)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .note)
        #expect(finding.notes.count == 2)
    }

    @Test func pluralsRewordingsAndShortTermsAreNotReported() {
        let plural = documents(["新订阅"], source: "New subscription") + documents(["新订阅"], source: "New subscriptions")
        #expect(InconsistentSourceRule().check(plural, context: RuleTesting.context).isEmpty)
        let target = "在左侧菜单中，选择客户，然后选择要移动的客户。"
        let reworded = documents([target], source: "In the left-hand menu, choose Customers, then select the customer to move.")
            + documents([target], source: "On the left-hand menu, choose Customers, then select the customer to move.")
        #expect(InconsistentSourceRule().check(reworded, context: RuleTesting.context).isEmpty)
    }
}
