import SideBySide
import SxsMarkup
@testable import SxsCheck
import Testing

@Suite struct SideFactsTests {
    /// The target side of the one pair in `target` (side-by-side Markdown with an English source).
    private func side(_ target: String) -> SegmentSide {
        let text = RuleExample.pair("f-101", target, "Source.")
        return SxsParser().parse(bytes: Array(text.utf8), path: "facts.md").segments[0].target
    }

    @Test func oneWalkGivesWhatTheModelGives() {
        let side = side(#"选择**仪表板** > [**客户**](https://example.com/a)、`code` 和 ![**图**](i.png)\*\* &amp; 完成"#)
        let facts = SideFacts(side, tokenizer: HTMLTokenizer())
        #expect(facts.plainText == side.plainText)
        #expect(facts.labels == side.strongTexts)
        #expect(facts.labels == ["仪表板", "客户", "图"])
        #expect(facts.links == ["https://example.com/a"])
        #expect(facts.images == ["i.png"])
        #expect(facts.code == ["code"])
        #expect(facts.hasStrayEmphasis)
        // Code and image alt text are not prose; an entity is, resolved.
        #expect(facts.prose == "选择仪表板 > 客户、  和 ** & 完成")
        // Runs break at markup that has text of its own (bold, a link's text), not at code, escapes or images.
        #expect(facts.textRuns == ["选择", "仪表板", " > ", "客户", "、 和   完成"])
    }

    @Test func strongInsideStrongIsOneLabel() {
        let facts = SideFacts(side("**外 *斜* 内**"), tokenizer: HTMLTokenizer())
        #expect(facts.labels == ["外 斜 内"])
        #expect(facts.textRuns == ["外 ", "斜", " 内"])
    }

    @Test func scannedOnlyWhatTheProseHolds() {
        let plain = SideFacts(side("没有数字的句子。"), tokenizer: HTMLTokenizer())
        #expect(plain.numbers.isEmpty && plain.urls.isEmpty && plain.emails.isEmpty && plain.placeholders.isEmpty)
        let rich = SideFacts(side("第１２步：访问 https://partner.microsoft.com/zh-cn，写信给 a.b@contoso.com，填 %1 和 {0}。"),
                             tokenizer: HTMLTokenizer())
        #expect(rich.numbers == ["12", "1", "0"])
        #expect(rich.urls == ["https://partner.microsoft.com/zh-cn"])
        #expect(rich.emails == ["a.b@contoso.com"])
        #expect(rich.placeholders == ["%1", "{0}"])
    }
}
