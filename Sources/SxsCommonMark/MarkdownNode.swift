/// A position cmark-gfm reports: 1-based line and 1-based UTF-8 byte column of the parsed text.
///
/// An end position is inclusive (the last byte of the node); column 0 means "before the first
/// byte of that line", which cmark-gfm uses for blocks that end with a blank line.
public struct MarkdownPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A node of the Markdown syntax tree that cmark-gfm built, as a value.
public struct MarkdownNode: Sendable, Hashable {
    /// What the node is, with the data that kind carries.
    public var kind: MarkdownKind
    /// Where the node starts in the parsed text (inclusive).
    public var start: MarkdownPosition
    /// Where the node ends in the parsed text (inclusive).
    public var end: MarkdownPosition
    /// Child nodes in document order.
    public var children: [MarkdownNode]

    public init(kind: MarkdownKind, start: MarkdownPosition, end: MarkdownPosition, children: [MarkdownNode] = []) {
        self.kind = kind
        self.start = start
        self.end = end
        self.children = children
    }
}

/// The kinds of Markdown nodes, blocks and inlines, with what each carries.
public enum MarkdownKind: Sendable, Hashable {
    case document
    case blockQuote
    /// A list: ordered or bullet, its start number, and whether it is tight.
    case list(ordered: Bool, start: Int, tight: Bool)
    case item
    /// A fenced or indented code block: its info string and its text.
    case codeBlock(info: String, literal: String)
    /// An HTML block, as written.
    case htmlBlock(literal: String)
    case paragraph
    /// An ATX or setext heading of the given level.
    case heading(level: Int)
    case thematicBreak
    /// A GFM table and the alignment of each column.
    case table(alignments: [TableAlignment])
    /// A table row; the first row of a table is its header.
    case tableRow(isHeader: Bool)
    case tableCell
    /// Text with escapes and entities resolved.
    case text(String)
    case softBreak
    case lineBreak
    /// Inline code, without its backticks.
    case code(String)
    /// Inline raw HTML, such as a tag, as written.
    case htmlInline(String)
    case emphasis
    case strong
    case strikethrough
    case link(destination: String, title: String)
    case image(destination: String, title: String)
    /// A node kind this layer does not model (an extension's), by cmark-gfm's type name.
    case other(String)

    /// Whether the kind is a block (as opposed to an inline).
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
             .thematicBreak, .table, .tableRow, .tableCell:
            return true
        default:
            return false
        }
    }
}

/// How a table column aligns its cells.
public enum TableAlignment: String, Sendable, Hashable {
    case none, left, center, right
}
