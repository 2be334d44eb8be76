import Foundation
import Testing
@testable import SideBySide
import SxsTestSupport

@Suite struct BlockTests {
    @Test func headingsKeepTheirAnchor() throws {
        let document = try Fixture.document("add-a-new-customer.ja-JP.2018.md")
        let heading = try #require(document.blocks.first)
        #expect(heading.kind == .heading(level: 1, anchor: "add-a-new-customer"))
        #expect(heading.segmentIndices.map { document.segments[$0].id.raw } == ["daf29-105"])
    }

    @Test func orderedListItemsHaveOrdinalsAndTheirPairs() throws {
        let document = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        let list = try #require(document.blocks.first { if case .list(true, _, _) = $0.kind { true } else { false } })
        #expect(list.children.map(\.kind) == (1...5).map { .listItem(ordinal: $0) })
        let first = try #require(list.children.first?.children.first)
        #expect(first.kind == .paragraph)
        #expect(first.segmentIndices.map { document.segments[$0].id.raw } == ["063b3-113", "063b3-114"])
    }

    @Test func nestedListsAndContinuationParagraphs() {
        let text = """
        1. \(Fixture.pair("a-1", "第一步", "First step"))

           \(Fixture.pair("a-2", "补充说明", "More about it"))

           - \(Fixture.pair("a-3", "子项", "Sub item"))
        2. \(Fixture.pair("a-4", "第二步", "Second step"))

        """
        let document = Fixture.parse(text)
        let list = document.blocks[0]
        #expect(list.kind == .list(ordered: true, start: 1, tight: false))
        let item = list.children[0]
        #expect(item.kind == .listItem(ordinal: 1))
        #expect(item.children.map(\.kind.name) == ["paragraph", "paragraph", "list"])
        #expect(item.children[2].children[0].kind == .listItem(ordinal: nil))
        #expect(item.children[2].children[0].children[0].segmentIndices == [2])
        #expect(list.children[1].kind == .listItem(ordinal: 2))
        #expect(document.segments.map(\.id.raw) == ["a-1", "a-2", "a-3", "a-4"])
    }

    @Test func markdownTableCellsHoldTheirPairs() throws {
        let text = """
        | \(Fixture.pair("t-1", "**国家**", "**Country**")) | \(Fixture.pair("t-2", "详细", "Details")) |
        |:--|:--|
        | \(Fixture.pair("t-3", "一", "One"))<br>\(Fixture.pair("t-4", "二", "Two")) | x |

        """
        let document = Fixture.parse(text)
        let table = document.blocks[0]
        #expect(table.kind == .table(columns: 2))
        #expect(table.children.map(\.kind) == [.tableRow(isHeader: true), .tableRow(isHeader: false)])
        #expect(table.children[0].children.map(\.segmentIndices) == [[0], [1]])
        #expect(table.children[1].children.map(\.segmentIndices) == [[2, 3], []])
        #expect(document.segments[0].blockKind == "tableCell")
        #expect(document.segments[0].target.strongTexts == ["国家"])
    }

    @Test func aSegmentWithAnUnescapedPipeStaysWhole() {
        // GFM splits the cell at the pipe; the pair is still one, found by its tags.
        let text = """
        | a | b |
        |--|--|
        | \(Fixture.pair("p-1", "选择 A | B", "Choose A | B")) | c |

        """
        let document = Fixture.parse(text)
        #expect(document.segments.count == 1)
        #expect(document.segments[0].target.text == "选择 A | B")
        #expect(document.segments[0].source?.plainText == "Choose A | B")
        #expect(SxsWriter.sxs(document) == Array(text.utf8))
    }

    @Test func htmlBlocksHoldPairsInTheirCells() throws {
        let document = try Fixture.document("html-table-cells.zh-CN.2021.md")
        let html = try #require(document.blocks.first { $0.kind == .htmlBlock && !$0.segmentIndices.isEmpty })
        let pair = document.segments[html.segmentIndices[0]]
        #expect(pair.blockKind == "htmlBlock")
        #expect(pair.target.text == "暂停订阅")
        #expect(pair.source?.text == "Suspend subscriptions")
    }

    @Test func docfxAlertsAndBlockQuotes() {
        let text = """
        >[!NOTE]
        >\(Fixture.pair("n-1", "注意事项", "A note"))

        > [!Important]
        > \(Fixture.pair("n-2", "重要", "Important"))

        > \(Fixture.pair("n-3", "引用", "A quote"))

        """
        let document = Fixture.parse(text)
        #expect(document.blocks.map(\.kind) == [
            .alert(kind: "NOTE", style: .docfx), .alert(kind: "IMPORTANT", style: .docfx), .blockQuote,
        ])
        #expect(document.blocks[0].children[0].segmentIndices == [0])
    }

    @Test func olderBoldLabelAlerts() throws {
        let document = try Fixture.document("legacy-alert.zh-CN.2017.md")
        #expect(document.allBlocks.contains { $0.kind == .alert(kind: "NOTE", style: .boldLabel) })
        let english = Fixture.parse(">**Note**<br>Text\n")
        #expect(english.blocks.first?.kind == .alert(kind: "NOTE", style: .boldLabel))
        // The label itself a pair, as in zh-CN 2017 articles.
        let paired = Fixture.parse(">**\(Fixture.pair("b4d1b-125", "注", "Note"))**<br>\(Fixture.pair("b4d1b-126", "文本", "Text"))\n")
        #expect(paired.blocks.first?.kind == .alert(kind: "NOTE", style: .boldLabel))
    }

    @Test func codeBlocksAreKeptAndNotScannedForPairs() throws {
        let document = try Fixture.document("code.ja-JP.2021.md")
        #expect(document.allBlocks.contains { if case .codeBlock = $0.kind { true } else { false } })
        let fenced = Fixture.parse("```html\n<b>x</b>\n```\n")
        #expect(fenced.blocks.first?.kind == .codeBlock(info: "html"))
        #expect(fenced.segments.isEmpty)
        #expect(fenced.diagnostics.isEmpty)
    }

    @Test func pairsIndentedIntoACodeBlockAreKeptWithAWarning() {
        // From the corpus: a note indented too deep after a list item becomes an indented code block.
        let text = "1.    \(Fixture.pair("b4d1b-124", "请查看", "Review"))\n\n    >**\(Fixture.pair("b4d1b-125", "注意", "Note"))**<br>\n"
        let document = Fixture.parse(text)
        #expect(document.blocks.map(\.kind.name) == ["list", "codeBlock"])
        #expect(document.segments.map(\.id.raw) == ["b4d1b-124", "b4d1b-125"])
        #expect(document.blocks[1].segmentIndices == [1])
        #expect(document.diagnostics.map(\.code) == [DiagnosticCode.pairInCode])
        #expect(document.diagnostics.first?.severity == .warning)
        #expect(document.diagnostics.first?.location.line == 3)
        #expect(document.segments[1].target.plainText == "注意")
    }

    @Test func blockRangesPointAtTheirText() throws {
        let document = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        let heading = document.blocks[0]
        #expect(heading.range.start.line == 12)
        #expect(heading.range.start.column == 1)
        #expect(document.source.string(heading.range.offsets).hasPrefix("# <a name="))
    }

    @Test func alertLabelEndsTrimmedWithoutFoundationAgreeWithFoundation() {
        // The fast path keeps labels whose end characters are certainly not trimmed: it must
        // give what Foundation's trimming gives, for every ASCII character and the blanks past it.
        let trimmed = { (label: String) in label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":："))) }
        var ends = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        ends += ["\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}",
                 "\u{2FFF}", "\u{3000}", "\u{3001}", "：", "\u{FF1B}", "\u{FEFF}", "注意", "メモ", "é", "\u{301}", "\u{1F600}"]
        for first in ends {
            for last in ["Note", "注", " ", ":", "："] {
                for label in [first, first + last, last + first] {
                    #expect(BlockBuilder.trimmingLabelEnds(label) == trimmed(label), "\(Array(label.unicodeScalars))")
                }
            }
        }
        var generator = SeededGenerator(seed: 0xA1E7_1ABE)
        let pieces = ends + ["Note", "Important", "重要", "Tip", " ", ":", "："]
        for _ in 0..<3_000 {
            let label = generator.text(from: pieces, count: 0...5)
            #expect(BlockBuilder.trimmingLabelEnds(label) == trimmed(label), "\(Array(label.unicodeScalars))")
        }
    }
}
