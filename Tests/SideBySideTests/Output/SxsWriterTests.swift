import Testing
@testable import SideBySide

@Suite struct SxsWriterTests {
    @Test func extractSourceHasNoSpansAndEverySource() throws {
        let document = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        let text = String(decoding: SxsWriter.extract(document, side: .source), as: UTF8.self)
        #expect(!text.contains("data-ttu-id"))
        #expect(!text.contains("sxs-lookup"))
        for pair in document.segments { #expect(text.contains(pair.source!.text)) }
        #expect(text.contains("1.  From the **Dashboard** menu, select **Customers**. Then select **Add customer**."))
    }

    @Test func extractSourceMarksTranslatedFrontMatter() throws {
        let document = try Fixture.document("add-a-new-customer.ja-JP.2018.md")
        let text = String(decoding: SxsWriter.extract(document, side: .source), as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(lines.first == "---")
        #expect(lines[1].hasPrefix("# sxs: untranslated-source: title, description, keywords (kept in ja-JP"))
        #expect(text.contains("title: 新しい顧客の追加"))
        // The marked front matter is still YAML the parser reads.
        let reparsed = SxsParser().parse(bytes: Array(text.utf8), path: "x.md")
        #expect(reparsed.frontMatter?.entries.count == document.frontMatter?.entries.count)
        #expect(reparsed.segments.isEmpty)
    }

    @Test func extractTargetKeepsEverythingElse() {
        let text = "# <a name=\"x\"></a>\(Fixture.pair("w-1", "标题", "Title"))\n\n- \(Fixture.pair("w-2", "项", "Item")) tail\n"
        let document = Fixture.parse(text)
        #expect(String(decoding: SxsWriter.extract(document, side: .target), as: UTF8.self) == "# <a name=\"x\"></a>标题\n\n- 项 tail\n")
        #expect(String(decoding: SxsWriter.extract(document, side: .source), as: UTF8.self) == "# <a name=\"x\"></a>Title\n\n- Item tail\n")
    }

    @Test func writesAChangedTargetIntoItsPair() {
        var document = Fixture.parse(Fixture.pair("w-3", "旧", "Old") + "\n")
        document.segments[0].target.text = "新"
        #expect(String(decoding: SxsWriter.sxs(document), as: UTF8.self) == Fixture.pair("w-3", "新", "Old") + "\n")
    }
}
