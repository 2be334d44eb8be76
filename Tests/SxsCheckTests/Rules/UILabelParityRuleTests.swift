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

@Suite struct UILabelParityCountTests {
    /// As many bold labels as the source's are enough, whatever they say; one fewer is counted in full.
    @Test func boldLabelsCountWhateverTheyHold() {
        #expect(RuleTesting.messages(UILabelParityRule(), "zh-CN", "选择**甲**和**乙**。", "Select **Customers** and **Users**.").isEmpty)
        #expect(RuleTesting.messages(UILabelParityRule(), "zh-CN", "选择**甲**和乙。", "Select **Customers** and **Users**.") == [
            "the source marks 2 UI label(s) ('Customers', 'Users'), the translation marks 1"])
        #expect(RuleTesting.messages(UILabelParityRule(), "zh-CN", "选择**甲**和“乙”。", "Select **Customers** and **Users**.").isEmpty)
    }
}
