import SideBySide
@testable import SxsCheck
import Testing

@Suite struct IDOrderRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: IDOrderRule())
    }

    @Test func reportsWhatAndWhere() {
        let body = [RuleExample.pair("a-101", "一", "One"), RuleExample.pair("a-103", "二", "Two"), RuleExample.pair("a-102", "三", "Three")].joined(separator: " ")
        let violations = RuleTesting.violations(IDOrderRule(), .document("zh-CN", body, triggers: true))
        #expect(violations.map { $0.pair?.id.raw } == ["a-102"])
    }
}
