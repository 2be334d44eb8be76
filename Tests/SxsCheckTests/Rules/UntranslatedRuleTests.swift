import SideBySide
@testable import SxsCheck
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
