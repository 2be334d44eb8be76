import SideBySide
@testable import SxsCheck
import Testing

@Suite struct EmptyTargetRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: EmptyTargetRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "", "Select **Customers**.") == ["the translation is empty, but the source is not"])
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "", "").isEmpty)
    }
}

@Suite struct EmptyTargetBlankTests {
    /// `isBlank` decides on the first scalar when it can: it must answer as `allSatisfy(\.isWhitespace)` does.
    @Test(arguments: ["", " ", "\t\n", "\u{3000}", "\u{A0}", " \u{301}", "\u{3000}\u{301}", "a", "选择", " a", "\u{3000}选",
                      "\u{301}", "e\u{301}", "\r\n", "\u{1F600}", "\u{85}x"])
    func blankAsCharactersSay(_ text: String) {
        #expect(EmptyTargetRule.isBlank(text) == text.allSatisfy(\.isWhitespace))
    }

    @Test func aBlankWithACombiningMarkIsEmpty() {
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "\u{3000}", "Select **Customers**.") == ["the translation is empty, but the source is not"])
        #expect(RuleTesting.messages(EmptyTargetRule(), "zh-CN", "选择", "Select **Customers**.").isEmpty)
    }
}
