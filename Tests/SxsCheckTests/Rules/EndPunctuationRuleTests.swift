import SideBySide
@testable import SxsCheck
import Testing

@Suite struct EndPunctuationRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: EndPunctuationRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(EndPunctuationRule(), "zh-CN", "选择客户.", "Select customers.").first?.contains("ends with '.'") == true)
        // Half-width ? is accepted in ja-JP (locales/ja-JP/conventions.yml).
        #expect(RuleTesting.messages(EndPunctuationRule(), "ja-JP", "必要がありますか?", "Do we have to?").isEmpty)
    }
}
