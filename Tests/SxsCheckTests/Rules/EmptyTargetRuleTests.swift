import SideBySide
@testable import SxsCheck
import Testing

@Suite struct EmptyTargetRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: EmptyTargetRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "", "Select **Customers**.") == ["the translation is empty, but the source is not"])
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "", "").isEmpty)
    }
}
