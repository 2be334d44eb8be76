import SideBySide
@testable import SxsCheck
import SxsTestSupport
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

@Suite struct NumberMismatchMissingTests {
    /// The merge of sorted numbers against counting them.
    @Test func missingAsCountingSays() {
        let numbers = ["0", "1", "2", "10", "2.5", "24", "7", "2019", "05"]
        var generator = SeededGenerator(seed: 0x4B3)
        for _ in 0..<5_000 {
            let values = (0..<Int.random(in: 0...6, using: &generator)).map { _ in numbers.randomElement(using: &generator)! }
            let others = (0..<Int.random(in: 0...6, using: &generator)).map { _ in numbers.randomElement(using: &generator)! }
            #expect(NumberMismatchRule.missing(values, from: others) == Multiset(values).missing(from: Multiset(others)).sorted())
        }
    }
}
