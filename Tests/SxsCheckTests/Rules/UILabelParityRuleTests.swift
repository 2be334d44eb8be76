import SideBySide
@testable import SxsCheck
import Testing

@Suite struct UILabelParityRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: UILabelParityRule())
    }

    @Test func reportsWhatAndWhere() {
        let messages = RuleTesting.messages(UILabelParityRule(), "ja-JP", "共同販売案件 **ページに移動** して、インポートリンクとエクスポート リンクを見つける。", "Navigate to the **co-sell opportunities** page to find the **import** and **export** links.")
        #expect(messages.first?.contains("the source marks 3 UI label(s)") == true)
    }
}
