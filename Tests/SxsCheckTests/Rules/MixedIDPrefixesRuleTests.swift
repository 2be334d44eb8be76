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

@Suite struct MixedIDPrefixesOrderTests {
    /// The first pair's prefix is counted up to the first other prefix, then with the rest.
    @Test func aMinorityFirstPrefixIsReported() {
        let body = [RuleExample.pair("aaaaa-101", "一", "One"), RuleExample.pair("bbbbb-102", "二", "Two"),
                    RuleExample.pair("bbbbb-103", "三", "Three"), RuleExample.pair("aaaaa-104", "四", "Four"),
                    RuleExample.pair("bbbbb-105", "五", "Five")].joined(separator: "\n\n")
        let violations = RuleTesting.violations(MixedIDPrefixesRule(), .document("zh-CN", body, triggers: true))
        #expect(violations.map { $0.pair?.id.raw } == ["aaaaa-101"])
        #expect(violations.map(\.message) == ["id prefix 'aaaaa' differs from the article's 'bbbbb' (2 pair(s) use it)"])
    }

    @Test func aMajorityFirstPrefixCountsItsLaterPairs() {
        let body = [RuleExample.pair("aaaaa-101", "一", "One"), RuleExample.pair("bbbbb-102", "二", "Two"),
                    RuleExample.pair("aaaaa-103", "三", "Three")].joined(separator: "\n\n")
        let violations = RuleTesting.violations(MixedIDPrefixesRule(), .document("zh-CN", body, triggers: true))
        #expect(violations.map(\.message) == ["id prefix 'bbbbb' differs from the article's 'aaaaa' (1 pair(s) use it)"])
    }
}
