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

@Suite struct IDOrderPrefixTests {
    /// Each prefix keeps its own last number while pairs of another prefix come between.
    @Test func interleavedPrefixesAreEachInOrder() {
        let body = [RuleExample.pair("a-101", "一", "One"), RuleExample.pair("b-105", "二", "Two"),
                    RuleExample.pair("a-102", "三", "Three"), RuleExample.pair("b-104", "四", "Four"),
                    RuleExample.pair("a-101", "五", "Five"), RuleExample.pair("x", "六", "Six"),
                    RuleExample.pair("a-103", "七", "Seven")].joined(separator: " ")
        let violations = RuleTesting.violations(IDOrderRule(), .document("zh-CN", body, triggers: true))
        #expect(violations.map { $0.pair?.id.raw } == ["b-104", "a-101"])
        #expect(violations.map(\.message) == ["segment b-104 comes after b-105: ids should rise in document order",
                                              "segment a-101 comes after a-102: ids should rise in document order"])
    }
}
