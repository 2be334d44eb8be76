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

@Suite struct DoubledWordSearchTests {
    @Test func findsWordsRepeatedAcrossBlanksOnly() {
        #expect(DoubledWordRule.doubledWord(in: "select the the option", caseSensitive: true) == "the")
        #expect(DoubledWordRule.doubledWord(in: "Select select it", caseSensitive: false) == "select")
        #expect(DoubledWordRule.doubledWord(in: "Select select it", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "à la Élan élan", caseSensitive: false) == "élan")
        #expect(DoubledWordRule.doubledWord(in: "ends with word word", caseSensitive: true) == "word")
    }

    @Test func ignoresWhatIsNotADoubledWord() {
        #expect(DoubledWordRule.doubledWord(in: "a a b", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "word, word", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "选择选择", caseSensitive: false) == nil)
        #expect(DoubledWordRule.doubledWord(in: "Azure 中 Azure", caseSensitive: false) == nil)
        #expect(DoubledWordRule.doubledWord(in: "nospace", caseSensitive: false) == nil)
    }
}
