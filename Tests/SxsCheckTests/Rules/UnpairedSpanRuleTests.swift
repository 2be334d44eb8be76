import SideBySide
@testable import SxsCheck
import Testing

@Suite struct UnpairedSpanRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: UnpairedSpanRule())
    }

    @Test func reportsWhatAndWhere() {
        let violations = RuleTesting.violations(UnpairedSpanRule(), .document("zh-CN", "x <span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Alone</span></span>", triggers: true))
        #expect(violations.count == 1)
        #expect(violations[0].location?.line == 4)
    }
}
