@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct WordDiffTests {
    @Test func identicalTextsAreOneRun() {
        let diff = WordDiff(from: "Select **Customers**.", to: "Select **Customers**.")
        #expect(diff.similarity == 1)
        #expect(diff.runs == [.same("Select **Customers**.")])
    }

    @Test func removalsComeBeforeInsertions() {
        let diff = WordDiff(from: "create an account for your customer in your Partner Dashboard.",
                            to: "create a record of your customer in Partner Center.")
        #expect(diff.text == "create [-an account for-] {+a record of+} your customer in [-your-] Partner [-Dashboard.-] {+Center.+}")
        #expect(diff.similarity > 0.5 && diff.similarity < 0.7)
    }

    @Test func unrelatedTextsScoreZero() {
        #expect(WordDiff(from: "alpha beta", to: "gamma delta").similarity == 0)
        #expect(WordDiff(from: "", to: "").similarity == 1)
    }

    @Test func asciiWordsAreTheCharactersWordsOnRandomTexts() {
        let pieces = ["select", "the", "don't", " ", "  ", "\t", "\r\n", "\n", "\r", "\u{B}", "\u{C}", "\u{1C}", "\u{1}", ".", "-"]
        var generator = SeededGenerator(seed: 0x3D1F)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...10)
            #expect(WordDiff.asciiWords(text) == text.split(whereSeparator: \.isWhitespace).map(String.init), "\(text.debugDescription)")
        }
        #expect(WordDiff.asciiWords("é a") == nil)
        #expect(WordDiff.words("é\u{A0}a b") == ["é", "a", "b"])
    }
}
