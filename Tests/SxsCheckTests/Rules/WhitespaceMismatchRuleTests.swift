import SideBySide
@testable import SxsCheck
import Testing

@Suite struct WhitespaceMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: WhitespaceMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(WhitespaceMismatchRule(), "zh-CN", "从 Microsoft 请求 (现有合作伙伴) ", "Request payment from Microsoft (existing partners)") == ["the translation ends with a blank, the source does not"])
    }
}
