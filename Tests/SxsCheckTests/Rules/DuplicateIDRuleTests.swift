import SideBySide
@testable import SxsCheck
import Testing

@Suite struct DuplicateIDRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: DuplicateIDRule())
    }

    @Test func reportsWhatAndWhere() {
        let body = RuleExample.pair("a-1", "一", "One") + "\n\n" + RuleExample.pair("a-1", "二", "Two")
        let violations = RuleTesting.violations(DuplicateIDRule(), .document("ja-JP", body, triggers: true))
        #expect(violations.count == 1)
        #expect(violations[0].location?.line == 6)
    }
}
