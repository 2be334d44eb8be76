/// A Markdown block of an article (heading, paragraph, list, table, alert…) and where it is.
public struct Block: Sendable, Hashable {
    /// What the block is, with the data that kind carries.
    public var kind: BlockKind
    /// Where the block is written in the file.
    public var range: SourceRange
    /// Nested blocks: the items of a list, the paragraphs of an item, the rows of a table.
    public var children: [Block]
    /// Indices into ``SxsDocument/segments`` of the pairs written directly in this block.
    public var segmentIndices: [Int]

    public init(kind: BlockKind, range: SourceRange, children: [Block] = [], segmentIndices: [Int] = []) {
        self.kind = kind
        self.range = range
        self.children = children
        self.segmentIndices = segmentIndices
    }
}

extension Block {
    /// The block with every segment index, its own and its children's, moved up by `count`.
    func shiftingSegmentIndices(by count: Int) -> Block {
        Block(kind: kind, range: range, children: children.map { $0.shiftingSegmentIndices(by: count) },
              segmentIndices: segmentIndices.map { $0 + count })
    }
}

/// The kinds of blocks.
public enum BlockKind: Sendable, Hashable {
    /// A heading of the given level, with the name of the `<a name="…">` anchor written in it.
    case heading(level: Int, anchor: String?)
    case paragraph
    /// A list: ordered (with its first number) or bullet.
    case list(ordered: Bool, start: Int, tight: Bool)
    /// A list item; `ordinal` is its number in an ordered list.
    case listItem(ordinal: Int?)
    /// A GFM table with its column count.
    case table(columns: Int)
    /// A table row; the first is the header.
    case tableRow(isHeader: Bool)
    /// A table cell.
    case tableCell
    /// A block quote that is not an alert.
    case blockQuote
    /// A DocFX alert (`> [!NOTE]`, or the older `> **Note**<br>`), with its kind in upper case.
    case alert(kind: String, style: AlertStyle)
    /// An HTML block as written (such as a `<table>` whose cells hold pairs).
    case htmlBlock
    /// A fenced or indented code block with its info string.
    case codeBlock(info: String)
    case thematicBreak

    /// A short stable name of the kind, as used in JSON (`heading`, `listItem`…).
    public var name: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .list: "list"
        case .listItem: "listItem"
        case .table: "table"
        case .tableRow: "tableRow"
        case .tableCell: "tableCell"
        case .blockQuote: "blockQuote"
        case .alert: "alert"
        case .htmlBlock: "htmlBlock"
        case .codeBlock: "codeBlock"
        case .thematicBreak: "thematicBreak"
        }
    }
}

/// How an alert is written.
public enum AlertStyle: String, Sendable, Hashable, Codable {
    /// `> [!NOTE]` on its own line (DocFX).
    case docfx
    /// `> **Note**<br>` or `> **Note**` on the first line (older articles).
    case boldLabel
}
