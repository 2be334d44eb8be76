import Foundation
import SxsCommonMark
import SxsMarkup

/// Builds the article's ``Block`` tree from cmark-gfm's, finding the pairs of every leaf block.
struct BlockBuilder {
    let source: SourceText
    /// The file's bytes with invalid UTF-8 replaced, as given to libxml2 and cmark-gfm.
    let scanBytes: [UInt8]
    let tokenizer: HTMLTokenizer
    let converter: CommonMarkConverter
    let map: PositionMap
    private(set) var segments: [SegmentPair] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, scanBytes: [UInt8], tokenizer: HTMLTokenizer, converter: CommonMarkConverter, map: PositionMap) {
        self.source = source
        self.scanBytes = scanBytes
        self.tokenizer = tokenizer
        self.converter = converter
        self.map = map
    }

    private var inlineBuilder: InlineBuilder { InlineBuilder(source: source) }

    private func offsets(of node: MarkdownNode) -> Range<Int> {
        let start = map.start(node.start) ?? 0
        let end = map.end(node.end) ?? start
        return start..<max(start, end)
    }

    mutating func block(from node: MarkdownNode, inQuote: Bool) -> Block? {
        let range = offsets(of: node)
        let sourceRange = source.range(range)
        let map = self.map
        switch node.kind {
        case .paragraph:
            let (indices, _) = scanLeaf(range, inlines: { $0.inlines(node.children, map: map, bounds: range) },
                                        inQuote: inQuote, kind: "paragraph")
            return Block(kind: .paragraph, range: sourceRange, segmentIndices: indices)
        case .heading(let level):
            let (indices, tags) = scanLeaf(range, inlines: { $0.inlines(node.children, map: map, bounds: range) },
                                           inQuote: inQuote, kind: "heading")
            let anchor = tags.first { $0.kind == .start && $0.name == "a" && ($0.attribute("name") ?? $0.attribute("id")) != nil }
            return Block(kind: .heading(level: level, anchor: anchor.flatMap { $0.attribute("name") ?? $0.attribute("id") }),
                         range: sourceRange, segmentIndices: indices)
        case .htmlBlock:
            let (indices, _) = scanLeaf(range, inlines: nil, inQuote: inQuote, kind: "htmlBlock")
            return Block(kind: .htmlBlock, range: sourceRange, segmentIndices: indices)
        case .table(let alignments):
            return table(node, range: range, columns: alignments.count, inQuote: inQuote)
        case .codeBlock(let info, _):
            // Pairs in a code block are shown as literal markup: still pairs, and worth a warning.
            let first = segments.count
            let (indices, _) = scanLeaf(range, inlines: nil, inQuote: inQuote, kind: "codeBlock")
            if indices.count > 0 {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: DiagnosticCode.pairInCode,
                    message: "\(indices.count) segment pair(s) inside a code block: Markdown shows them as literal markup, not as text (is the indentation off?)",
                    location: segments[first].range.start))
            }
            return Block(kind: .codeBlock(info: info), range: sourceRange, segmentIndices: indices)
        case .thematicBreak:
            return Block(kind: .thematicBreak, range: sourceRange)
        case .blockQuote:
            let children = node.children.compactMap { block(from: $0, inQuote: true) }
            let kind = alertKind(of: node, children: children) ?? .blockQuote
            return Block(kind: kind, range: sourceRange, children: children)
        case .list(let ordered, let start, let tight):
            var items: [Block] = []
            for (index, item) in node.children.enumerated() {
                let itemRange = offsets(of: item)
                let children = item.children.compactMap { block(from: $0, inQuote: inQuote) }
                items.append(Block(kind: .listItem(ordinal: ordered ? start + index : nil),
                                   range: source.range(itemRange), children: children))
            }
            return Block(kind: .list(ordered: ordered, start: start, tight: tight), range: sourceRange, children: items)
        case .item:
            let children = node.children.compactMap { block(from: $0, inQuote: inQuote) }
            return Block(kind: .listItem(ordinal: nil), range: sourceRange, children: children)
        default:
            let children = node.children.compactMap { block(from: $0, inQuote: inQuote) }
            return children.isEmpty ? nil : Block(kind: .blockQuote, range: sourceRange, children: children)
        }
    }

    /// A table: its rows and cells, with each pair assigned to the cell it starts in.
    private mutating func table(_ node: MarkdownNode, range: Range<Int>, columns: Int, inQuote: Bool) -> Block {
        let map = self.map
        var rows: [Block] = []
        for row in node.children {
            var cells: [Block] = []
            for cell in row.children {
                cells.append(Block(kind: .tableCell, range: source.range(offsets(of: cell))))
            }
            let isHeader: Bool
            if case .tableRow(let header) = row.kind { isHeader = header } else { isHeader = false }
            rows.append(Block(kind: .tableRow(isHeader: isHeader), range: source.range(offsets(of: row)), children: cells))
        }
        let cellInlines: (InlineBuilder) -> [Inline] = { builder in
            node.children.flatMap { row in
                row.children.flatMap { cell in
                    builder.inlines(cell.children, map: map, bounds: map.start(cell.start)!..<map.end(cell.end)!)
                }
            }
        }
        let (indices, _) = scanLeaf(range, inlines: cellInlines, inQuote: inQuote, kind: "tableCell")
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

    /// Finds the pairs of a leaf block and builds their sides; returns their indices and the block's tags.
    ///
    /// `inlines` builds the block's inlines from cmark-gfm's tree (nil for an HTML block, whose
    /// text cmark-gfm does not parse); it is called only when the block holds pairs.
    private mutating func scanLeaf(_ range: Range<Int>, inlines makeInlines: ((InlineBuilder) -> [Inline])?,
                                   inQuote: Bool, kind: String) -> ([Int], [HTMLTag]) {
        guard scanBytes[range].contains(UInt8(ascii: "<")) else { return ([], []) }
        let tags = scanBytes.withUnsafeBufferPointer { tokenizer.tags(in: UnsafeBufferPointer(rebasing: $0[range])) }
        let scanner = SegmentScanner(source: source)
        let pairs = scanner.pairs(in: tags, base: range.lowerBound, diagnostics: &diagnostics)
        guard !pairs.isEmpty else { return ([], tags) }
        let inlines = makeInlines?(inlineBuilder)
        var indices: [Int] = []
        for pair in pairs {
            // cmark-gfm's inline positions are used when its HTML nodes sit exactly on libxml2's tags.
            var trusted = false
            if let inlines {
                trusted = Self.hasHTML(at: pair.targetOpen.lowerBound, in: inlines)
                    && Self.hasHTML(at: pair.targetClose.lowerBound, in: inlines)
                if let sourceClose = pair.sourceClose, let sourceOpen = pair.sourceOpen {
                    trusted = trusted && Self.hasHTML(at: sourceClose.lowerBound, in: inlines)
                        && Self.hasHTML(at: sourceOpen.lowerBound, in: inlines)
                }
            }
            let target = side(pair.targetText, from: trusted ? inlines : nil, inQuote: inQuote)
            let sourceSide = pair.sourceText.map { side($0, from: trusted ? inlines : nil, inQuote: inQuote) }
            let markup = pair.markup(in: source)
            indices.append(segments.count)
            segments.append(SegmentPair(id: pair.id, sourceID: pair.sourceID, target: target, source: sourceSide,
                                        range: source.range(pair.range), markup: markup, blockKind: kind))
        }
        return (indices, tags)
    }

    /// Whether an inline HTML node starts at `offset` (inlines in document order, searched by bisection).
    private static func hasHTML(at offset: Int, in inlines: [Inline]) -> Bool {
        var index = inlines.firstIndex(bisecting: { $0.range.end.offset > offset })
        while index < inlines.count, inlines[index].range.start.offset <= offset {
            let inline = inlines[index]
            if inline.range.start.offset == offset, case .html = inline.kind { return true }
            if !inline.children.isEmpty, inline.range.offsets.contains(offset), hasHTML(at: offset, in: inline.children) { return true }
            index += 1
        }
        return false
    }

    private func side(_ range: Range<Int>, from inlines: [Inline]?, inQuote: Bool) -> SegmentSide {
        let builder = inlineBuilder
        let selected = inlines.flatMap { builder.select($0, within: range) }
            ?? builder.parseStandalone(range, inQuote: inQuote, converter: converter)
        return SegmentSide(text: source.string(range), range: source.range(range), inlines: selected)
    }

    /// The index of the last block that starts at or before `offset`.
    private static func lastIndex(in blocks: [Block], startingAtOrBefore offset: Int) -> Int? {
        let after = blocks.firstIndex(bisecting: { $0.range.start.offset > offset })
        return after == 0 ? nil : after - 1
    }

    /// The alert a block quote is, from its first line: `[!NOTE]`, or a bold label such as `**Note**`.
    private func alertKind(of node: MarkdownNode, children: [Block]) -> BlockKind? {
        guard let paragraph = node.children.first, case .paragraph = paragraph.kind else { return nil }
        var leading = ""
        for inline in paragraph.children {
            guard case .text(let text) = inline.kind else { break }
            leading += text
        }
        let trimmed = leading.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") {
            let word = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
            if !word.isEmpty, word.allSatisfy(\.isLetter) { return .alert(kind: word.uppercased(), style: .docfx) }
        }
        if leading.trimmingCharacters(in: .whitespaces).isEmpty, let first = paragraph.children.first(where: {
            if case .text(let text) = $0.kind { return !text.trimmingCharacters(in: .whitespaces).isEmpty }
            return true
        }), case .strong = first.kind {
            // The label may be a pair (`**<span …>注意</span><span class="sxs-lookup">…Note…</span>**`):
            // any text run of the bold that is an alert word makes the alert.
            let runs = first.children.compactMap { if case .text(let text) = $0.kind { text } else { nil } }
            for run in runs + [runs.joined()] {
                let label = run.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":：")))
                if let kind = Self.legacyAlertLabels[label.lowercased()] { return .alert(kind: kind, style: .boldLabel) }
            }
        }
        return nil
    }

    /// Bold labels that open an alert in older articles, in English and in translation.
    static let legacyAlertLabels: [String: String] = [
        "note": "NOTE", "important": "IMPORTANT", "warning": "WARNING", "tip": "TIP", "caution": "CAUTION",
        "注意": "NOTE", "注": "NOTE", "备注": "NOTE", "重要": "IMPORTANT", "重要提示": "IMPORTANT", "警告": "WARNING",
        "提示": "TIP", "メモ": "NOTE", "ヒント": "TIP", "注意事項": "CAUTION",
    ]
}
