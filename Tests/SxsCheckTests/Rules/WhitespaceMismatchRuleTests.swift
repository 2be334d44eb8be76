import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct WhitespaceMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: WhitespaceMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(WhitespaceMismatchRule(), "zh-CN", "从 Microsoft 请求 (现有合作伙伴) ", "Request payment from Microsoft (existing partners)") == ["the translation ends with a blank, the source does not"])
    }
}

@Suite struct WhitespaceMismatchEdgeTests {
    /// The edge scalars are read from the bytes when ASCII: they must be the text's first and last scalars.
    @Test(arguments: ["", "a", "ab", "选择", "a选", "选a", " \u{301}", "e\u{301}", "\u{3000}x\u{3000}", "\u{1F600}", "\r\n"])
    func edgeScalars(_ text: String) {
        #expect(WhitespaceMismatchRule.firstScalar(of: text) == text.unicodeScalars.first)
        #expect(WhitespaceMismatchRule.lastScalar(of: text) == text.unicodeScalars.last)
    }

    @Test func edgeScalarsOfRandomTexts() {
        let pieces = ["a", " ", "\n", "\r\n", "é", "e\u{301}", "选", "\u{3000}", "\u{A0}", "\u{1F600}", "\u{2028}", "ß", "\u{FEFF}"]
        var generator = SeededGenerator(seed: 0xED6E)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...5)
            edgeScalars(text)
        }
    }

    @Test func nonASCIIBlanksCount() {
        #expect(RuleTesting.messages(WhitespaceMismatchRule(), "zh-CN", "选择客户。\u{3000}", "Select customers.") == ["the translation ends with a blank, the source does not"])
        #expect(RuleTesting.messages(WhitespaceMismatchRule(), "zh-CN", "选择客户。\u{3000}", "Select customers.\u{A0}").isEmpty)
    }
}
