import SideBySide
@testable import SxsCheck
import Testing

@Suite struct ImageParityRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: ImageParityRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(ImageParityRule(), "ja-JP", "[![メニュー。](media/a.png)](media/a.png#lightbox)", "[![Menu.](media/b.png)](media/b.png#lightbox)") == ["the source shows the image 'media/b.png', the translation does not"])
    }
}
