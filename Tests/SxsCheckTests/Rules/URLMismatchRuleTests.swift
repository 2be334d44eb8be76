import SideBySide
@testable import SxsCheck
import Testing

@Suite struct URLMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: URLMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(URLMismatchRule(), "zh-CN", "请访问 https://partner.microsoft.cn。", "Go to https://partner.microsoft.com.") == ["the source's address https://partner.microsoft.com is not in the translation"])
    }
}
