import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct EndPunctuationRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: EndPunctuationRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(EndPunctuationRule(), "zh-CN", "选择客户.", "Select customers.").first?.contains("ends with '.'") == true)
        // Half-width ? is accepted in ja-JP (locales/ja-JP/conventions.yml).
        #expect(RuleTesting.messages(EndPunctuationRule(), "ja-JP", "必要がありますか?", "Do we have to?").isEmpty)
    }
}

@Suite struct EndPunctuationLastByteTests {
    /// The last byte before trailing white space, read scalar by scalar: the reference for the byte shortcut.
    static func reference(_ text: String) -> UInt8? {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, TextNormalization.isWhitespace(last) { scalars.removeLast() }
        return scalars.last.map { Array(String($0).utf8).last! }
    }

    @Test(arguments: ["", "a.", "a. ", "a.\t\n", "a.\u{3000}", "a。", "a。 ", "\u{A0}", " ", "x\u{301}", "a.\u{2003}\u{A0} "])
    func lastByteAsScalarsSay(_ text: String) {
        #expect(EndPunctuationRule.lastNonBlankByte(of: text) == Self.reference(text))
    }

    @Test func lastByteAsScalarsSayOnRandomTexts() {
        let pieces = ["a", ".", "。", " ", "\t", "\n", "\u{3000}", "\u{A0}", "\u{2003}", "\u{202F}", "e\u{301}", "\u{1F600}", "\u{85}", "选"]
        var generator = SeededGenerator(seed: 0xE7D)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...6)
            lastByteAsScalarsSay(text)
        }
    }
}
