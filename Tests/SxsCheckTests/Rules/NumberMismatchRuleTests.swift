import SideBySide
@testable import SxsCheck
import Testing

@Suite struct NumberMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: NumberMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(NumberMismatchRule(), "ja-JP", "2018 年 10 月 1 日に導入されました。", "Introduced on October 1st, 2019.") == ["the year 2019 of the source is 2018 in the translation"])
        #expect(RuleTesting.messages(NumberMismatchRule(), "zh-CN", "订阅数据将在 60 天后删除。", "Subscription data is deleted after 90 days.") == ["the source's number 90 is not in the translation"])
    }
}
