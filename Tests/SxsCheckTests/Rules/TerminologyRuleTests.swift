import SideBySide
@testable import SxsCheck
import Testing

@Suite struct TerminologyRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: TerminologyRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (zh-CN 2021): the product says 已暂停, the article 挂起.
        let messages = RuleTesting.messages(TerminologyRule(), "zh-CN", "将旧订阅设置为“挂起”，然后选择“提交”。", "Set the old subscription to **Suspended** and select **Submit**.")
        #expect(messages.count == 1)
        #expect(messages.first?.contains("'Suspended'") == true)
    }
}
