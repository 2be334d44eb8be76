import Foundation
import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct UntranslatedRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: UntranslatedRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (ja-JP 2021): a sentence left in English.
        #expect(RuleTesting.messages(UntranslatedRule(), "ja-JP", "Select the check box for two or more users from the list.", "Select the check box for two or more users from the list.").count == 1)
        #expect(RuleTesting.messages(UntranslatedRule(), "ja-JP", "Extended Dial-out Minutes to USA/CAN", "Extended Dial-out Minutes to USA/CAN").isEmpty)
    }
}

@Suite struct UntranslatedTokensTests {
    /// Tokens read on the bytes of ASCII prose are those the characters and Foundation's punctuation set give.
    @Test func asciiTokensAreTheCharactersTokensOnRandomTexts() {
        let pieces = ["Select", "the", "9b05d0b7-cfb4", "USA/CAN", " ", "  ", "\t", "\r\n", "\n", "\u{B}", "\u{1C}", ".", ",", "!?", "(", ")",
                      "\"", "'", "-", "_", "@", "#", "%", "&", "*", "$", "+", "<", "=", ">", "^", "`", "|", "~", "[", "]", "{", "}", ":", ";", "\\", "/"]
        var generator = SeededGenerator(seed: 0x70C5)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...10)
            let expected = text.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            #expect(UntranslatedRule.asciiTokens(of: text) == expected, "\(text.debugDescription)")
        }
        #expect(UntranslatedRule.asciiTokens(of: "Sélect") == nil)
        #expect(UntranslatedRule.tokens(of: "« Sélect » the, item.") == ["", "Sélect", "", "the", "item"])
    }
}

@Suite struct UntranslatedTokenBoundTests {
    /// The bound must never be below the tokens `split(whereSeparator: \.isWhitespace)` finds.
    @Test(arguments: ["", "a", "a b", "  a  b  ", "a\u{A0}b\u{3000}c\u{2003}d", "a\tb\nc\rd", "选择 客户", "e\u{301} e", "a\u{85}b"])
    func boundsTheTokens(_ text: String) {
        #expect(UntranslatedRule.mostTokens(in: text) >= text.split(whereSeparator: \.isWhitespace).count)
    }

    @Test func eightWordsWithoutAStopAreASentenceWhateverTheirBlanks() {
        let words = "sign in to the partner dashboard right now"
        #expect(RuleTesting.messages(UntranslatedRule(), "zh-CN", words, words).count == 1)
        let spaced = words.replacingOccurrences(of: " ", with: "\u{A0}")
        #expect(RuleTesting.messages(UntranslatedRule(), "zh-CN", spaced, spaced).count == 1)
        let seven = "sign in to the partner dashboard now"
        #expect(RuleTesting.messages(UntranslatedRule(), "zh-CN", seven, seven).isEmpty)
    }
}

@Suite struct UntranslatedReplacementTests {
    /// Terms are replaced on bytes in printable ASCII, as Foundation replaces them.
    @Test func replacesAsFoundationDoes() {
        let pieces = ["Azure", "AD", "Azure AD", " ", "a", "Z", ".", "ad", "é", "e\u{301}", "中", "\r\n", "\t", "-"]
        var generator = SeededGenerator(seed: 0x7E2A)
        for _ in 0..<5_000 {
            let prose = generator.text(from: pieces, count: 0...8)
            let term = generator.text(from: pieces, count: 1...2)
            #expect(UntranslatedRule.replacing(term, in: prose) == prose.replacingOccurrences(of: term, with: " "),
                    "\(term.debugDescription) in \(prose.debugDescription)")
        }
    }
}
