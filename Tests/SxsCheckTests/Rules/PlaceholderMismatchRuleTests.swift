import SideBySide
@testable import SxsCheck
import Testing

@Suite struct PlaceholderMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: PlaceholderMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(PlaceholderMismatchRule(), "zh-CN", "已为 {1} 添加许可证。", "Licenses added for {0}.") == ["the source's placeholder {0} is not in the translation"])
    }
}
