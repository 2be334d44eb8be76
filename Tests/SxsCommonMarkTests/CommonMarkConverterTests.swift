import SxsCommonMark
import Testing

@Suite struct CommonMarkConverterTests {
    let converter = CommonMarkConverter()

    @Test func blocksAndInlinesWithPositions() {
        let tree = converter.parse("# Title\n\nFrom the **Dashboard** menu.\n")
        #expect(tree.kind == .document)
        #expect(tree.children.map(\.kind) == [.heading(level: 1), .paragraph])
        let paragraph = tree.children[1]
        #expect(paragraph.start == MarkdownPosition(line: 3, column: 1))
        let strong = paragraph.children[1]
        #expect(strong.kind == .strong)
        #expect(strong.start == MarkdownPosition(line: 3, column: 10))
        #expect(strong.end == MarkdownPosition(line: 3, column: 22))
        #expect(strong.children.first?.kind == .text("Dashboard"))
    }

    @Test func tablesWithAlignments() {
        let tree = converter.parse("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
        #expect(tree.children.first?.kind == .table(alignments: [.left, .right]))
        #expect(tree.children.first?.children.map(\.kind) == [.tableRow(isHeader: true), .tableRow(isHeader: false)])
        #expect(tree.children.first?.children[1].children.count == 2)
    }

    @Test func rawHTMLStaysRaw() {
        let tree = converter.parse("<table>\n<tr><td>x</td></tr>\n</table>\n\nA <br/> b\n")
        #expect(tree.children.first?.kind == .htmlBlock(literal: "<table>\n<tr><td>x</td></tr>\n</table>\n"))
        #expect(tree.children[1].children.contains { $0.kind == .htmlInline("<br/>") })
    }

    @Test func linksImagesCodeAndLists() {
        let tree = converter.parse("1. [a](b.md \"t\") ![i](p.png) `c`\n")
        #expect(tree.children.first?.kind == .list(ordered: true, start: 1, tight: true))
        let inlines = tree.children[0].children[0].children[0].children
        #expect(inlines.map(\.kind).contains(.link(destination: "b.md", title: "t")))
        #expect(inlines.map(\.kind).contains(.image(destination: "p.png", title: "")))
        #expect(inlines.map(\.kind).contains(.code("c")))
    }
}
