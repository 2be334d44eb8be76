import Foundation
import SxsCommonMark
import SxsMarkup

/// Builds the article's ``Block`` tree from cmark-gfm's, finding the pairs of every leaf block.
struct BlockBuilder {
    let source: SourceText
    /// The file's bytes with invalid UTF-8 replaced, as given to libxml2 and cmark-gfm.
    let scanBytes: [UInt8]
    /// cmark-gfm's tree of the body (of `scanBytes`).
    let tree: MarkdownTree
    let tokenizer: HTMLTokenizer
    let converter: CommonMarkConverter
    let map: PositionMap
    private let inlineBuilder: InlineBuilder
    private(set) var segments: [SegmentPair] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, scanBytes: [UInt8], tree: MarkdownTree, tokenizer: HTMLTokenizer,
         converter: CommonMarkConverter, map: PositionMap, isValidUTF8: Bool) {
        self.source = source
        self.scanBytes = scanBytes
        self.tree = tree
        self.tokenizer = tokenizer
        self.converter = converter
        self.map = map
        inlineBuilder = InlineBuilder(source: source, isValidUTF8: isValidUTF8)
        // Articles have about one pair in 300 bytes: room for most without growing (a pair is large).
        segments.reserveCapacity(scanBytes.count / 256)
    }

    private func offsets(of node: Int) -> Range<Int> {
        let start = map.start(tree.nodes[node].start) ?? 0
        let end = map.end(tree.nodes[node].end) ?? start
        return start..<max(start, end)
    }

    /// The blocks of the children of node `parent`.
    private mutating func blocks(childrenOf parent: Int, inQuote: Bool) -> [Block] {
        var blocks: [Block] = []
        for child in tree.children(of: parent) {
            if let block = block(from: child, inQuote: inQuote) { blocks.append(block) }
        }
        return blocks
    }

    /// The blocks of the document.
    mutating func blocks() -> [Block] {
        blocks(childrenOf: MarkdownTree.root, inQuote: false)
    }

    private mutating func block(from node: Int, inQuote: Bool) -> Block? {
        let range = offsets(of: node)
        let sourceRange = source.range(range)
        switch tree.nodes[node].kind {
        case .paragraph:
            let (indices, _) = scanLeaf(range, inlines: .children(of: node), inQuote: inQuote, kind: .paragraph)
            return Block(kind: .paragraph, range: sourceRange, segmentIndices: indices)
        case .heading:
            let (indices, tags) = scanLeaf(range, inlines: .children(of: node), inQuote: inQuote, kind: .heading)
            var anchor: String?
            for index in tags.tags.indices where tags.tags[index].kind == .start && tags.tag(index, isNamed: "a") {
                if let value = tags.value(of: "name", inTag: index) ?? tags.value(of: "id", inTag: index) {
                    anchor = tags.string(value)
                    break
                }
            }
            return Block(kind: .heading(level: Int(tree.nodes[node].number), anchor: anchor),
                         range: sourceRange, segmentIndices: indices)
        case .htmlBlock:
            let (indices, _) = scanLeaf(range, inlines: .unparsed, inQuote: inQuote, kind: .htmlBlock)
            return Block(kind: .htmlBlock, range: sourceRange, segmentIndices: indices)
        case .table:
            return table(node, range: range, columns: tree.nodes[node].text.count, inQuote: inQuote)
        case .codeBlock:
            // Pairs in a code block are shown as literal markup: still pairs, and worth a warning.
            let first = segments.count
            let (indices, _) = scanLeaf(range, inlines: .unparsed, inQuote: inQuote, kind: .codeBlock)
            if indices.count > 0 {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: DiagnosticCode.pairInCode,
                    message: "\(indices.count) segment pair(s) inside a code block: Markdown shows them as literal markup, not as text (is the indentation off?)",
                    location: segments[first].range.start))
            }
            return Block(kind: .codeBlock(info: tree.string(tree.nodes[node].text)), range: sourceRange, segmentIndices: indices)
        case .thematicBreak:
            return Block(kind: .thematicBreak, range: sourceRange)
        case .blockQuote:
            let children = blocks(childrenOf: node, inQuote: true)
            let kind = alertKind(of: node) ?? .blockQuote
            return Block(kind: kind, range: sourceRange, children: children)
        case .list:
            let list = tree.nodes[node]
            let ordered = list.flags & MarkdownTree.Node.ordered != 0, start = Int(list.number)
            var items: [Block] = []
            for (index, item) in tree.children(of: node).enumerated() {
                let itemRange = offsets(of: item)
                let children = blocks(childrenOf: item, inQuote: inQuote)
                items.append(Block(kind: .listItem(ordinal: ordered ? start + index : nil),
                                   range: source.range(itemRange), children: children))
            }
            return Block(kind: .list(ordered: ordered, start: start, tight: list.flags & MarkdownTree.Node.tight != 0),
                         range: sourceRange, children: items)
        case .item:
            let children = blocks(childrenOf: node, inQuote: inQuote)
            return Block(kind: .listItem(ordinal: nil), range: sourceRange, children: children)
        default:
            let children = blocks(childrenOf: node, inQuote: inQuote)
            return children.isEmpty ? nil : Block(kind: .blockQuote, range: sourceRange, children: children)
        }
    }

    /// A table: its rows and cells, with each pair assigned to the cell it starts in.
    private mutating func table(_ node: Int, range: Range<Int>, columns: Int, inQuote: Bool) -> Block {
        var rows: [Block] = []
        for row in tree.children(of: node) {
            var cells: [Block] = []
            for cell in tree.children(of: row) {
                cells.append(Block(kind: .tableCell, range: source.range(offsets(of: cell))))
            }
            let isHeader = tree.nodes[row].kind == .tableRow && tree.nodes[row].flags & MarkdownTree.Node.header != 0
            rows.append(Block(kind: .tableRow(isHeader: isHeader), range: source.range(offsets(of: row)), children: cells))
        }
        let (indices, _) = scanLeaf(range, inlines: .cells(ofTable: node), inQuote: inQuote, kind: .tableCell)
        // Each pair goes to the cell it starts in (rows and cells are in order: bisect).
        for index in indices {
            let start = segments[index].range.start.offset
            guard let row = Self.lastIndex(in: rows, startingAtOrBefore: start) else { continue }
            let cells = rows[row].children
            guard !cells.isEmpty else { continue }
            let cell = Self.lastIndex(in: cells, startingAtOrBefore: start) ?? 0
            rows[row].children[cell].segmentIndices.append(index)
        }
        return Block(kind: .table(columns: columns), range: source.range(range), children: rows)
    }

    /// The kind of block a leaf's pairs are in, as ``SegmentPair/blockKind`` names it.
    private enum LeafKind {
        case paragraph, heading, htmlBlock, codeBlock, tableCell

        /// The name of the kind (a string literal, so that each pair's copy costs nothing).
        var name: String {
            switch self {
            case .paragraph: "paragraph"
            case .heading: "heading"
            case .htmlBlock: "htmlBlock"
            case .codeBlock: "codeBlock"
            case .tableCell: "tableCell"
            }
        }
    }

    /// Where the inlines of a leaf block are in cmark-gfm's tree.
    private enum LeafInlines {
        /// The children of a paragraph or heading.
        case children(of: Int)
        /// The children of each cell of a table, row after row.
        case cells(ofTable: Int)
        /// None: cmark-gfm does not parse the text of an HTML or code block.
        case unparsed
    }

    /// The inline layout of a leaf block at `range`; empty when cmark-gfm did not parse its inlines.
    ///
    /// (Not optional: unwrapping an optional layout took a copy of it, all its arrays, for each pair.)
    private func layout(_ inlines: LeafInlines, range: Range<Int>) -> InlineLayout {
        switch inlines {
        case .children(let node):
            return InlineLayout(source: source, tree: tree, map: map, parents: CollectionOfOne((node: node, bounds: range)),
                                expectedCount: Int(tree.nodes[node].subtreeEnd) - node - 1)
        case .cells(let table):
            let tree = self.tree, map = self.map
            let cells = tree.children(of: table).lazy.flatMap { tree.children(of: $0) }.map { cell in
                (node: cell, bounds: map.start(tree.nodes[cell].start)!..<map.end(tree.nodes[cell].end)!)
            }
            return InlineLayout(source: source, tree: tree, map: map, parents: cells,
                                expectedCount: Int(tree.nodes[table].subtreeEnd) - table - 1)
        case .unparsed:
            return InlineLayout(source: source, tree: tree, map: map, parents: EmptyCollection(), expectedCount: 0)
        }
    }

    /// Finds the pairs of a leaf block and builds their sides; returns their indices and the block's tags.
    ///
    /// The block's inlines are laid out only when it holds pairs.
    private mutating func scanLeaf(_ range: Range<Int>, inlines: LeafInlines, inQuote: Bool,
                                   kind: LeafKind) -> ([Int], HTMLTagList) {
        let tags = scanBytes.withUnsafeBufferPointer { bytes -> HTMLTagList? in
            let block = UnsafeBufferPointer(rebasing: bytes[range])
            guard let base = block.baseAddress, memchr(base, Int32(UInt8(ascii: "<")), block.count) != nil else { return nil }
            return tokenizer.tagList(in: block)
        }
        guard let tags else { return ([], HTMLTagList()) }
        let scanner = SegmentScanner(source: source)
        var pairs = scanner.pairs(in: tags, base: range.lowerBound, diagnostics: &diagnostics)
        guard !pairs.isEmpty else { return ([], tags) }
        let layout = layout(inlines, range: range)
        var indices: [Int] = []
        indices.reserveCapacity(pairs.count)
        // By index, each pair's source id moved out of it: a scanned pair copied whole, or an
        // optional id copied, goes through the runtime's generic copy of every field.
        for index in pairs.indices {
            // cmark-gfm's inline positions are used when its HTML nodes sit exactly on libxml2's tags
            // (never in a block whose inlines it did not parse: its layout is empty).
            let targetOpen = pairs[index].targetOpen, targetClose = pairs[index].targetClose
            let sourceOpen = pairs[index].sourceOpen, sourceClose = pairs[index].sourceClose
            var trusted = layout.hasHTML(at: targetOpen.lowerBound) && layout.hasHTML(at: targetClose.lowerBound)
            if trusted, let sourceClose, let sourceOpen {
                trusted = layout.hasHTML(at: sourceClose.lowerBound) && layout.hasHTML(at: sourceOpen.lowerBound)
            }
            let pairRange = source.range(pairs[index].range)
            indices.append(segments.count)
            // The sides and the markup made right in the arguments: made into locals first, each was
            // then moved into the pair being made by a call to memcpy (three per pair).
            segments.append(SegmentPair(
                id: pairs[index].id, sourceID: pairs[index].sourceID.take(),
                target: side(pairs[index].targetText, after: pairRange.start, from: layout, trusted: trusted, inQuote: inQuote),
                source: pairs[index].sourceText.map {
                    side($0, after: pairRange.start, from: layout, trusted: trusted, inQuote: inQuote)
                },
                range: pairRange,
                // The pair's tags as written, around its target and source.
                markup: ScannedPair.markup(targetOpen: targetOpen, targetClose: targetClose, sourceOpen: sourceOpen,
                                           sourceClose: sourceClose, in: source),
                blockKind: kind.name))
        }
        return (indices, tags)
    }

    /// The side at `range`, after its pair's start `pairStart`, its inlines selected from `layout`
    /// when the pair's tags are trusted there, and parsed on their own otherwise.
    private func side(_ range: Range<Int>, after pairStart: SourceLocation, from layout: InlineLayout, trusted: Bool,
                      inQuote: Bool) -> SegmentSide {
        let text = source.string(range), sourceRange = source.range(range, after: pairStart)
        let selected = (trusted ? layout.inlines(within: range, side: (text, sourceRange)) : nil)
            ?? inlineBuilder.parseStandalone(range, inQuote: inQuote, converter: converter)
        return SegmentSide(text: text, range: sourceRange, inlines: selected)
    }

    /// The index of the last block that starts at or before `offset`.
    private static func lastIndex(in blocks: [Block], startingAtOrBefore offset: Int) -> Int? {
        let after = blocks.firstIndex(bisecting: { $0.range.start.offset > offset })
        return after == 0 ? nil : after - 1
    }

    /// The alert a block quote is, from its first line: `[!NOTE]`, or a bold label such as `**Note**`.
    private func alertKind(of node: Int) -> BlockKind? {
        let paragraph = Int(tree.nodes[node].firstChild)
        guard paragraph >= 0, tree.nodes[paragraph].kind == .paragraph else { return nil }
        var leading = ""
        for inline in tree.children(of: paragraph) {
            guard tree.nodes[inline].kind == .text else { break }
            leading += tree.string(tree.nodes[inline].text)
        }
        let trimmed = Self.trimmingBlanks(leading)
        if trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") {
            let word = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
            if !word.isEmpty, word.allSatisfy(\.isLetter) { return .alert(kind: word.uppercased(), style: .docfx) }
        }
        // Leading text that is all blanks: the label is the first inline after it.
        if trimmed.isEmpty, let first = tree.children(of: paragraph).first(where: { tree.nodes[$0].kind != .text }),
           tree.nodes[first].kind == .strong {
            // The label may be a pair (`**<span …>注意</span><span class="sxs-lookup">…Note…</span>**`):
            // any text run of the bold that is an alert word makes the alert.
            let runs = tree.children(of: first).compactMap { tree.nodes[$0].kind == .text ? tree.string(tree.nodes[$0].text) : nil }
            for run in runs + [runs.joined()] {
                let label = Self.trimmingLabelEnds(run)
                if let kind = Self.legacyAlertLabels[label.lowercased()] { return .alert(kind: kind, style: .boldLabel) }
            }
        }
        return nil
    }

    /// `text` without the whitespace (`CharacterSet.whitespaces`) at its ends; text that starts
    /// and ends with ASCII other than space and tab has none, and is returned without Foundation.
    private static func trimmingBlanks(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let isPlainEnd = { (byte: UInt8) in byte < 0x80 && byte != 32 && byte != 9 }
        return isPlainEnd(first) && isPlainEnd(last) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// `label` without the whitespace (`CharacterSet.whitespaces`) and colons (`:`, `：`) at its
    /// ends; a label whose first and last characters are certainly none of them (ASCII other
    /// than space, tab and `:`, or past U+3000 other than `：`: most labels, `Note`, `注意`) has
    /// none, and is returned without Foundation.
    static func trimmingLabelEnds(_ label: String) -> String {
        let scalars = label.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return label }
        let isKept = { (scalar: Unicode.Scalar) in
            scalar.value < 0x80 ? scalar != " " && scalar != "\t" && scalar != ":"
                : scalar.value > 0x3000 && scalar != "："
        }
        if isKept(first), isKept(last) { return label }
        return label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":：")))
    }

    /// Bold labels that open an alert in older articles, in English and in translation.
    static let legacyAlertLabels: [String: String] = [
        "note": "NOTE", "important": "IMPORTANT", "warning": "WARNING", "tip": "TIP", "caution": "CAUTION",
        "注意": "NOTE", "注": "NOTE", "备注": "NOTE", "重要": "IMPORTANT", "重要提示": "IMPORTANT", "警告": "WARNING",
        "提示": "TIP", "メモ": "NOTE", "ヒント": "TIP", "注意事項": "CAUTION",
    ]
}
