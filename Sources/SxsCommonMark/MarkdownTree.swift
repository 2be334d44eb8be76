/// A Markdown syntax tree stored flat: every node in one array, in document order, and the text
/// the nodes carry (literals, destinations, info strings) as ranges of one byte buffer.
///
/// ``CommonMarkConverter`` builds it in one walk of cmark-gfm's tree without making a string or an
/// array per node, so that a parser that needs the text of a few nodes decodes only those;
/// ``MarkdownNode`` is the same tree as nested values, made from this one.
package struct MarkdownTree: Sendable {
    /// What a node is; the data of its kind is in the node's ``Node/number``, ``Node/flags`` and texts.
    package enum Kind: UInt8, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
        /// A node kind this layer does not model; its cmark-gfm type name is the node's ``Node/text``.
        case other
    }

    /// One node: kind, position, the links to its first child and next sibling, and its data.
    package struct Node: Sendable {
        package var kind: Kind
        /// A heading's level, or a list's start number.
        package var number: Int32
        /// A list's ``Node/ordered`` and ``Node/tight`` bits, a table row's ``Node/header`` bit.
        package var flags: UInt8
        /// Where the node starts in the parsed text (inclusive).
        package var start: MarkdownPosition
        /// Where the node ends in the parsed text (inclusive).
        package var end: MarkdownPosition
        /// The index of the first child, or -1.
        package var firstChild: Int32
        /// The index of the next sibling, or -1.
        package var nextSibling: Int32
        /// The index just past the node's last descendant: its descendants are the nodes in between.
        package var subtreeEnd: Int32
        /// Bytes of ``MarkdownTree/bytes``: the literal of text, code and HTML; a code block's info
        /// string; a link's or image's destination; a table's column alignments (`l`, `c`, `r` or 0
        /// each); the type name of an ``Kind/other`` node.
        package var text: Range<Int32>
        /// Bytes of ``MarkdownTree/bytes``: a code block's literal; a link's or image's title.
        package var secondText: Range<Int32>

        /// Records where the node's subtree ends, and so where its next sibling is, if it has one.
        mutating func setSubtreeEnd(_ end: Int32, hasNextSibling: Bool) {
            subtreeEnd = end
            nextSibling = hasNextSibling ? end : -1
        }

        package static let ordered: UInt8 = 1
        package static let tight: UInt8 = 2
        package static let header: UInt8 = 4
    }

    /// The nodes; the document is at index 0 and every node comes before its children.
    package var nodes: [Node]
    /// The texts of the nodes, one after another.
    package var bytes: [UInt8]

    /// The index of the document node.
    package static let root = 0

    /// The indices of the children of node `index`, in order.
    package func children(of index: Int) -> Children {
        Children(nodes: nodes, following: nodes[index].firstChild)
    }

    /// The text of `range` (a node's ``Node/text`` or ``Node/secondText``), decoded as UTF-8.
    package func string(_ range: Range<Int32>) -> String {
        String(decoding: bytes[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }

    /// Re-encodes each text that is not valid UTF-8 as ``string(_:)`` reads it (every invalid
    /// sequence becomes U+FFFD), so that the bytes of every text are those of its string.
    ///
    /// cmark-gfm passes invalid UTF-8 of its input through to the texts of the nodes.
    package mutating func repairUTF8() {
        for index in nodes.indices {
            nodes[index].text = repaired(nodes[index].text)
            nodes[index].secondText = repaired(nodes[index].secondText)
        }
    }

    private mutating func repaired(_ range: Range<Int32>) -> Range<Int32> {
        let text = string(range)
        guard !text.utf8.elementsEqual(bytes[Int(range.lowerBound)..<Int(range.upperBound)]) else { return range }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text.utf8)
        return start..<Int32(bytes.count)
    }

    /// Walks a node's children through their sibling links.
    package struct Children: Sequence, IteratorProtocol {
        let nodes: [Node]
        /// The index of the child `next()` returns, or -1.
        var following: Int32

        package mutating func next() -> Int? {
            guard following >= 0 else { return nil }
            defer { following = nodes[Int(following)].nextSibling }
            return Int(following)
        }
    }
}

extension MarkdownNode {
    /// Node `index` of `tree` and its descendants, as values.
    package init(_ tree: MarkdownTree, at index: Int) {
        let node = tree.nodes[index]
        self.init(kind: MarkdownKind(tree, at: index), start: node.start, end: node.end,
                  children: tree.children(of: index).map { MarkdownNode(tree, at: $0) })
    }
}

extension MarkdownKind {
    /// The kind of node `index` of `tree`, with its data.
    package init(_ tree: MarkdownTree, at index: Int) {
        let node = tree.nodes[index]
        switch node.kind {
        case .document: self = .document
        case .blockQuote: self = .blockQuote
        case .list:
            self = .list(ordered: node.flags & MarkdownTree.Node.ordered != 0, start: Int(node.number),
                         tight: node.flags & MarkdownTree.Node.tight != 0)
        case .item: self = .item
        case .codeBlock: self = .codeBlock(info: tree.string(node.text), literal: tree.string(node.secondText))
        case .htmlBlock: self = .htmlBlock(literal: tree.string(node.text))
        case .paragraph: self = .paragraph
        case .heading: self = .heading(level: Int(node.number))
        case .thematicBreak: self = .thematicBreak
        case .table:
            self = .table(alignments: tree.bytes[Int(node.text.lowerBound)..<Int(node.text.upperBound)].map { code in
                switch code {
                case UInt8(ascii: "l"): .left
                case UInt8(ascii: "c"): .center
                case UInt8(ascii: "r"): .right
                default: TableAlignment.none
                }
            })
        case .tableRow: self = .tableRow(isHeader: node.flags & MarkdownTree.Node.header != 0)
        case .tableCell: self = .tableCell
        case .text: self = .text(tree.string(node.text))
        case .softBreak: self = .softBreak
        case .lineBreak: self = .lineBreak
        case .code: self = .code(tree.string(node.text))
        case .htmlInline: self = .htmlInline(tree.string(node.text))
        case .emphasis: self = .emphasis
        case .strong: self = .strong
        case .strikethrough: self = .strikethrough
        case .link: self = .link(destination: tree.string(node.text), title: tree.string(node.secondText))
        case .image: self = .image(destination: tree.string(node.text), title: tree.string(node.secondText))
        case .other: self = .other(tree.string(node.text))
        }
    }
}
