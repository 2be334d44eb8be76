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

    /// A side that reads as several blocks once its pair markup is gone (a list opening a line) is one text,
    /// its blocks joined by a soft break where the next one's text starts.
    @Test func sideSplitIntoBlocksIsJoinedWithASoftBreak() throws {
        let document = Article.sxs(locale: "ja-JP", "{{前置き|Intro}}\n{{1. 手順|1. **Step**}}\n")
        let block = try #require(document.blocks.first)
        let text = SideTextReader(document: document, side: .source).text(of: block)
        #expect(text.inlines.map(\.kind.name) == ["text", "softBreak", "strong"])
        #expect(text.plainText == "Intro Step")
        let written = { (inline: Inline) in String(decoding: document.source.bytes[inline.range.offsets], as: UTF8.self) }
        #expect(text.inlines[0].range.start.offset == document.source.bytes.firstRange(of: Array("Intro".utf8))?.lowerBound)
        #expect(written(text.inlines[2]) == "**Step**")
        #expect(text.inlines[1].range.start.offset == text.inlines[2].range.start.offset)
        #expect(text.inlines[2].children.map(written) == ["Step"])
    }

    /// Inlines inside inlines keep their kinds, data and file ranges (a code span's range is its text's, as
    /// cmark-gfm places it).
    @Test func nestedInlinesKeepTheirKindsAndRanges() throws {
        let document = Article.sxs(locale: "ja-JP", "{{x|**[Open](https://a.example \"T\")** `c` *e* ![alt](i.png) x<br/>y  \nz}}\n")
        let block = try #require(document.blocks.first)
        let text = SideTextReader(document: document, side: .source).text(of: block)
        let written = { (inline: Inline) in String(decoding: document.source.bytes[inline.range.offsets], as: UTF8.self) }
        try #require(text.inlines.map(\.kind.name)
                     == ["strong", "text", "code", "text", "emphasis", "text", "image", "text", "html", "text", "lineBreak", "text"])
        #expect(text.plainText == "Open c e alt xy\nz")
        let link = try #require(text.inlines[0].children.first)
        #expect(link.kind == .link(destination: "https://a.example", title: "T"))
        #expect(written(text.inlines[0]) == "**[Open](https://a.example \"T\")**")
        #expect(link.children.map(written) == ["Open"])
        #expect(text.inlines[2].kind == .code("c"))
        #expect(written(text.inlines[2]) == "c")
        #expect(written(text.inlines[4]) == "*e*")
        #expect(text.inlines[6].kind == .image(destination: "i.png", title: ""))
        #expect(written(text.inlines[6]) == "![alt](i.png)")
        #expect(text.inlines[6].children.map(written) == ["alt"])
        #expect(text.inlines[8].kind == .html("<br/>"))
        #expect(written(text.inlines[8]) == "<br/>")
        #expect(written(text.inlines[11]) == "z")
    }
}
