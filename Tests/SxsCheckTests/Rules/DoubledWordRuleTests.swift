import SideBySide
@testable import SxsCheck
import Testing

@Suite struct DoubledWordRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: DoubledWordRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (ja-JP 2021, machine translation).
        let messages = RuleTesting.messages(DoubledWordRule(), "ja-JP", "シルバー learning Learning オプション", "the silver-learning Learning option")
        #expect(messages == ["the translation repeats 'Learning'"])
    }
}
