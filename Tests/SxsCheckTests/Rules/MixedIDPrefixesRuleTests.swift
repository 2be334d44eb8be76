import SideBySide
@testable import SxsCheck
import Testing

@Suite struct MixedIDPrefixesRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: MixedIDPrefixesRule())
    }

    @Test func reportsWhatAndWhere() {
        let body = [RuleExample.pair("aaaaa-101", "一", "One"), RuleExample.pair("aaaaa-102", "二", "Two"),
                    RuleExample.pair("bbbbb-103", "三", "Three"), RuleExample.pair("bbbbb-104", "四", "Four")].joined(separator: "\n\n")
        let violations = RuleTesting.violations(MixedIDPrefixesRule(), .document("zh-CN", body, triggers: true))
        #expect(violations.count == 1, "reported once per other prefix")
        #expect(violations[0].pair?.id.raw == "bbbbb-103")
    }
}
