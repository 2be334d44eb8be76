import Testing
@testable import SideBySide

@Suite struct SegmentPairTests {
    @Test func idsSplitIntoPrefixAndNumber() {
        let id = SegmentID("063b3-113")
        #expect(id.prefix == "063b3")
        #expect(id.number == 113)
        #expect(SegmentID("063b3-9") < id)
        #expect(SegmentID("plain").number == nil)
    }

    @Test func pairsInsideBoldAndLinkText() {
        let text = "**\(Fixture.pair("b-1", "适用于", "Applies to"))** and [\(Fixture.pair("b-2", "多渠道", "multi-channel"))](multichannel.md)\n"
        let document = Fixture.parse(text)
        #expect(document.segments.map(\.target.text) == ["适用于", "多渠道"])
        #expect(document.segments.map { $0.source?.text } == ["Applies to", "multi-channel"])
        // The target's text nodes lie inside the strong and the link.
        #expect(document.segments[0].target.inlines.map(\.kind) == [.text("适用于")])
        #expect(document.segments[1].target.inlines.map(\.kind) == [.text("多渠道")])
    }

    @Test func pairAfterAMetaCharsetIsReadAsUTF8() {
        // An inline <meta charset> does not change how the article's bytes are read.
        let pair = Fixture.pair("c-1", "从**仪表板**菜单中", "From the **Dashboard** menu")
        let text = "<meta charset=\"iso-8859-1\">\(pair)\n"
        let document = Fixture.parse(text)
        #expect(document.diagnostics.isEmpty)
        #expect(document.segments.map(\.target.text) == ["从**仪表板**菜单中"])
        #expect(document.segments.first?.range.start.column == 1 + "<meta charset=\"iso-8859-1\">".utf8.count)
    }

    @Test func severalPairsOnOneLineWithLineAndColumn() throws {
        let document = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        let first = try #require(document.segment("063b3-113"))
        let second = try #require(document.segment("063b3-114"))
        #expect(first.range.start.line == 27)
        #expect(first.range.start.column == 5)
        #expect(second.range.start.line == 27)
        #expect(second.range.start.column == 209)
        #expect(first.target.range.start.column == 5 + #"<span data-ttu-id="063b3-113">"#.utf8.count)
        #expect(second.target.text == "然后选择**添加客户**。")
        #expect(second.source?.text == "Then select **Add customer**.")
    }

    @Test func pairsAcrossLines() throws {
        let document = try Fixture.document("multiline-pairs.ja-JP.2018.md")
        let pair = try #require(document.segment("cfd75-136"))
        #expect(pair.target.range.start.line < pair.target.range.end.line)
        #expect(pair.target.strongTexts == ["[ダッシュボード]", "[顧客]"])
        #expect(pair.source?.strongTexts == ["Dashboard", "Customers"])
        #expect(pair.blockKind == "htmlBlock")
    }

    @Test func segmentsAreInDocumentOrder() throws {
        let document = try Fixture.document("add-a-new-customer.ja-JP.2018.md")
        let offsets = document.segments.map(\.range.start.offset)
        #expect(offsets == offsets.sorted())
        #expect(document.segments.first?.id.raw == "daf29-105")
    }

    @Test func markupIsKeptAsWritten() throws {
        let document = Fixture.parse(Fixture.pair("m-1", "甲", "A") + "\n")
        let markup = document.segments[0].markup
        #expect(markup.targetOpen == #"<span data-ttu-id="m-1">"#)
        #expect(markup.middle == #"</span><span class="sxs-lookup"><span data-stu-id="m-1">"#)
        #expect(markup.close == "</span></span>")
    }

    @Test func markupReadFromTheFileEqualsTheSameStrings() throws {
        // The parser keeps the markup as ranges of the file's bytes; it reads, compares, hashes
        // and changes as the three strings do.
        let text = Fixture.pair("m-2", "乙", "B") + " <span data-ttu-id=\"m-3\">丙</span>\n"
        let document = Fixture.parse(text)
        let paired = document.segments[0].markup, unpaired = document.segments[1].markup
        let strings = PairMarkup(targetOpen: #"<span data-ttu-id="m-2">"#,
                                 middle: #"</span><span class="sxs-lookup"><span data-stu-id="m-2">"#,
                                 close: "</span></span>")
        #expect(paired == strings)
        #expect(paired.hashValue == strings.hashValue)
        #expect(Set([paired, strings]).count == 1)
        #expect(unpaired == PairMarkup(targetOpen: #"<span data-ttu-id="m-3">"#, middle: "</span>", close: ""))
        #expect(unpaired != paired)
        #expect(document.segments.map(\.sxsText).joined(separator: " ") + "\n" == text)
        var changed = paired
        changed.middle = "</span>"
        #expect(changed.targetOpen == strings.targetOpen && changed.middle == "</span>" && changed.close == strings.close)
        #expect(changed != paired)
        changed.close = ""
        #expect(changed.close.isEmpty)
    }
}
