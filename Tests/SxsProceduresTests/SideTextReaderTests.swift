import SideBySide
@testable import SxsProcedures
import Testing

@Suite struct SideTextReaderTests {
    @Test func boldAroundAPairIsBoldOnBothSides() throws {
        let document = Article.sxs(locale: "zh-CN", "**{{适用于|Applies to}}**\n")
        let block = try #require(document.blocks.first)
        for side in ProcedureSide.allCases {
            let text = SideTextReader(document: document, side: side).text(of: block)
            #expect(text.inlines.count == 1)
            #expect(text.inlines.first?.kind == .strong)
            #expect(text.plainText == (side == .target ? "适用于" : "Applies to"))
        }
    }

    @Test func inlineRangesPointIntoTheFile() throws {
        let document = Article.sxs(locale: "ja-JP", "{{**[顧客の追加]** を選びます。|Then select **Add customer**.}}\n")
        let block = try #require(document.blocks.first)
        for (side, expected) in [(ProcedureSide.target, "**[顧客の追加]**"), (.source, "**Add customer**")] {
            let text = SideTextReader(document: document, side: side).text(of: block)
            let strong = try #require(text.inlines.first { $0.kind == .strong })
            #expect(String(decoding: document.source.bytes[strong.range.offsets], as: UTF8.self) == expected)
            #expect(text.segmentID(at: strong.range.start.offset)?.raw == "t-101")
            #expect(text.segments.count == 1)
        }
    }

    @Test func paragraphInAQuoteKeepsItsContinuationLines() throws {
        let document = SxsParser().parse(bytes: Array("> First line with **Bold**\n> and a second line.\n".utf8), path: "q.md")
        let quote = try #require(document.blocks.first)
        let paragraph = try #require(quote.children.first)
        let text = SideTextReader(document: document, side: .target).text(of: paragraph)
        #expect(text.plainText == "First line with Bold and a second line.")
        #expect(text.segments.isEmpty)
    }
}
