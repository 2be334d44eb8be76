import SideBySide
@testable import SxsCheck
import Testing

@Suite struct InconsistentTranslationRuleTests {
    func documents(_ targets: [String], source: String = "Select **Customers**.", locale: String = "zh-CN") -> [CheckedDocument] {
        targets.enumerated().map { index, target in
            RuleTesting.document(RuleExample.passing(locale, target, source).article, path: "\(locale)/a\(index).md")
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

    @Test func oneTranslationForTwoSourcesIsANote() {
        let docs = documents(["选择**客户**。"], source: "Select **Customers**.") + documents(["选择**客户**。"], source: "Choose **Customers**.").map {
            var document = $0
            document.document.path = "zh-CN/b.md"
            return document
        }
        let findings = InconsistentSourceRule().check(docs, context: RuleTesting.context)
        #expect(findings.count == 1)
        #expect(findings[0].severity == .note)
    }
}
