import SideBySide
@testable import SxsCheck
import Testing

@Suite struct HTMLParityRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: HTMLParityRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(HTMLParityRule(), "zh-CN", "第一行第二行", "First line<br/>second line") == ["the source's <br> is not in the translation"])
    }
}
