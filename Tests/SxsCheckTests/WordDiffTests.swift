@testable import SxsCheck
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
}
