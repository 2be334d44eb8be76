import SideBySide
import SxsCommonMark

/// Which text of each pair to read: the translation or the English source.
public enum ProcedureSide: String, Sendable, Hashable, CaseIterable {
    case target, source
}

/// Reads a paragraph or heading of an article as one side's Markdown, parsed into inlines with file ranges.
///
/// Each pair in the block is replaced by its target or source text (everything else is kept),
/// and the result is parsed with cmark-gfm, so bold written around a pair (`**<span…>X</span>…**`)
/// is seen as bold, and an article without pairs is read as it is. Every inline's range is mapped
/// back to the bytes of the file it came from.
struct SideTextReader {
    let document: SxsDocument
    let side: ProcedureSide
    private let converter = CommonMarkConverter()

    init(document: SxsDocument, side: ProcedureSide) {
        self.document = document
        self.side = side
    }

    /// A piece of the rebuilt text: `length` bytes copied from file offset `fileStart`.
    private struct Piece {
        var textStart: Int
        var fileStart: Int
        var length: Int
    }

    /// The block's text on this side; the block should be a paragraph or a heading.
    func text(of block: Block) -> ProcedureText {
        let range = block.range.offsets
        let (text, pieces, spans, lineStarts) = rebuilt(block)

        // cmark-gfm positions are (line, column) of `text`, whose lines start at `lineStarts`.
        func fileOffset(_ textOffset: Int) -> Int {
            let low = pieces.firstIndex(bisecting: { $0.textStart > textOffset })
            guard low > 0 else { return range.lowerBound }
            let piece = pieces[low - 1]
            return piece.fileStart + min(textOffset - piece.textStart, piece.length)
        }
        func textOffset(_ position: MarkdownPosition, end: Bool) -> Int? {
            guard position.line >= 1, position.line <= lineStarts.count else { return nil }
            let column = end ? max(position.column, 0) : max(position.column, 1) - 1
            return min(lineStarts[position.line - 1] + column, text.count)
        }
        // The flat tree is read as it is: no node becomes a value of its own before it is an inline.
        let tree = text.withUnsafeBufferPointer { converter.tree($0) }
        // File locations by the lines the block is on, as `SourceText.location(at:)` gives them.
        let source = document.source, fileLineStarts = source.lineStarts, fileSize = source.bytes.count
        let firstLine = Self.lineIndex(of: range.lowerBound, in: fileLineStarts, from: 0)
        func location(_ offset: Int) -> SourceLocation {
            let clamped = min(max(offset, 0), fileSize)
            let line = Self.lineIndex(of: clamped, in: fileLineStarts, from: clamped >= fileLineStarts[firstLine] ? firstLine : 0)
            return SourceLocation(line: line + 1, column: clamped - fileLineStarts[line] + 1, offset: clamped)
        }
        /// The text offsets of a node written from `start` to `end`, the node before it ending at `previousEnd`
        /// (which becomes this node's end), and its range in the file.
        func place(from start: MarkdownPosition, to end: MarkdownPosition, previousEnd: inout Int) -> (Range<Int>, SourceRange) {
            let startOffset = textOffset(start, end: false) ?? previousEnd
            let endOffset = max(startOffset, textOffset(end, end: true) ?? startOffset)
            previousEnd = endOffset
            let fileStart = fileOffset(startOffset)
            return (startOffset..<endOffset, SourceRange(start: location(fileStart), end: location(max(fileStart, fileOffset(endOffset)))))
        }
        /// Appends the inlines of the nodes `first` and its next siblings to `result`.
        func convert(from first: Int32, previousEnd: inout Int, into result: inout [Inline]) {
            var index = first
            while index >= 0 {
                let node = tree.nodes[Int(index)]
                index = node.nextSibling
                let (offsets, fileRange) = place(from: node.start, to: node.end, previousEnd: &previousEnd)
                var children: [Inline] = []
                if node.firstChild >= 0 {
                    var childrenEnd = offsets.lowerBound
                    convert(from: node.firstChild, previousEnd: &childrenEnd, into: &children)
                }
                switch node.kind {
                case .text: result.append(Inline(kind: .text(tree.string(node.text)), range: fileRange))
                case .softBreak: result.append(Inline(kind: .softBreak, range: fileRange))
                case .lineBreak: result.append(Inline(kind: .lineBreak, range: fileRange))
                case .code: result.append(Inline(kind: .code(tree.string(node.text)), range: fileRange))
                case .htmlInline: result.append(Inline(kind: .html(tree.string(node.text)), range: fileRange))
                case .emphasis: result.append(Inline(kind: .emphasis, range: fileRange, children: children))
                case .strong: result.append(Inline(kind: .strong, range: fileRange, children: children))
                case .strikethrough: result.append(Inline(kind: .strikethrough, range: fileRange, children: children))
                case .link:
                    result.append(Inline(kind: .link(destination: tree.string(node.text), title: tree.string(node.secondText)),
                                         range: fileRange, children: children))
                case .image:
                    result.append(Inline(kind: .image(destination: tree.string(node.text), title: tree.string(node.secondText)),
                                         range: fileRange, children: children))
                default: result += children
                }
            }
        }
        // The inlines of the first leaf block (every leaf's, in order, if it split into several), the
        // leaves joined with a soft break at the start of each but the first, as the one paragraph they
        // were in the article.
        var inlines: [Inline] = []
        var previousEnd = 0
        for (number, leaf) in Self.leaves(of: tree).enumerated() {
            let node = tree.nodes[leaf]
            if number > 0 {
                let (_, fileRange) = place(from: node.start, to: node.start, previousEnd: &previousEnd)
                inlines.append(Inline(kind: .softBreak, range: fileRange))
            }
            if node.firstChild >= 0 { convert(from: node.firstChild, previousEnd: &previousEnd, into: &inlines) }
        }
        return ProcedureText(inlines: inlines, range: block.range, segments: spans)
    }

    /// The indices of the leaf blocks of `tree` (paragraphs, headings and table cells), in order.
    private static func leaves(of tree: MarkdownTree) -> [Int] {
        var leaves: [Int] = []
        func visit(_ index: Int) {
            switch tree.nodes[index].kind {
            case .paragraph, .heading, .tableCell: leaves.append(index)
            default: tree.children(of: index).forEach(visit)
            }
        }
        visit(MarkdownTree.root)
        return leaves
    }

    /// The block's Markdown with each pair replaced by this side's text (quote markers blanked), the pieces
    /// it was copied from, the pairs' spans, and where its lines start.
    private func rebuilt(_ block: Block) -> (text: [UInt8], pieces: [Piece], spans: [SegmentSpan], lineStarts: [Int]) {
        let bytes = document.source.bytes
        let segments = document.segments
        let range = block.range.offsets
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var pieces: [Piece] = []
        pieces.reserveCapacity(2 * block.segmentIndices.count + 1)
        var spans: [SegmentSpan] = []
        spans.reserveCapacity(block.segmentIndices.count)
        var cursor = range.lowerBound
        func copy(_ offsets: Range<Int>, into text: inout [UInt8], pieces: inout [Piece]) {
            guard !offsets.isEmpty else { return }
            pieces.append(Piece(textStart: text.count, fileStart: offsets.lowerBound, length: offsets.count))
            text += bytes[offsets]
        }
        for index in pairsInOrder(block) where segments[index].range.start.offset >= cursor {
            copy(cursor..<segments[index].range.start.offset, into: &text, pieces: &pieces)
            let offsets = sideOffsets(ofPair: index)
            copy(offsets, into: &text, pieces: &pieces)
            spans.append(SegmentSpan(id: segments[index].id, offsets: offsets))
            cursor = segments[index].range.end.offset
        }
        copy(cursor..<max(cursor, range.upperBound), into: &text, pieces: &pieces)
        let lineStarts = Self.blankContinuationMarkers(&text)
        return (text, pieces, spans, lineStarts)
    }

    /// Whether the block's text on this side could hold bold: whether it has `**` or `__`, without
    /// which cmark-gfm finds no strong emphasis. Much cheaper than reading the text.
    func mayBeBold(_ block: Block) -> Bool {
        let segments = document.segments
        return document.source.bytes.withUnsafeBufferPointer { bytes in
            var previous: UInt8 = 0
            func holdsDoubleMark(_ offsets: Range<Int>) -> Bool {
                var index = offsets.lowerBound
                while index < offsets.upperBound {
                    // Eight bytes at a time, looked at one by one only where they hold a `*` or a `_`.
                    if index + 8 <= offsets.upperBound {
                        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        if !Self.holdsMark(word) {
                            previous = bytes[index + 7]
                            index += 8
                            continue
                        }
                    }
                    let byte = bytes[index]
                    if byte == previous, byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") { return true }
                    previous = byte
                    index += 1
                }
                return false
            }
            let range = block.range.offsets
            var cursor = range.lowerBound
            for index in pairsInOrder(block) where segments[index].range.start.offset >= cursor {
                if holdsDoubleMark(cursor..<segments[index].range.start.offset) || holdsDoubleMark(sideOffsets(ofPair: index)) {
                    return true
                }
                cursor = segments[index].range.end.offset
            }
            return holdsDoubleMark(cursor..<max(cursor, range.upperBound))
        }
    }

    /// The index of the last of `lineStarts` at or before `offset`, at `from` or after (where `offset` must not be before).
    private static func lineIndex(of offset: Int, in lineStarts: [Int], from first: Int) -> Int {
        lineStarts[first...].firstIndex(bisecting: { $0 > offset }) - 1
    }

    /// Whether one of the eight bytes of `word` is a `*` or a `_`.
    @inline(__always)
    private static func holdsMark(_ word: UInt64) -> Bool {
        holdsZeroByte(word ^ 0x2A2A_2A2A_2A2A_2A2A) || holdsZeroByte(word ^ 0x5F5F_5F5F_5F5F_5F5F)
    }

    /// Whether one of the eight bytes of `word` is a line feed or a carriage return.
    @inline(__always)
    private static func holdsLineEnding(_ word: UInt64) -> Bool {
        holdsZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A) || holdsZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// Whether one of the eight bytes of `value` is zero.
    @inline(__always)
    private static func holdsZeroByte(_ value: UInt64) -> Bool {
        (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
    }

    /// The indices of the block's pairs, in the order they are written.
    private func pairsInOrder(_ block: Block) -> [Int] {
        let segments = document.segments
        var indices = block.segmentIndices
        let inOrder = zip(indices, indices.dropFirst()).allSatisfy {
            segments[$0].range.start.offset <= segments[$1].range.start.offset
        }
        if !inOrder { indices.sort { segments[$0].range.start.offset < segments[$1].range.start.offset } }
        return indices
    }

    /// The file offsets of this side's text of the pair at `index` (the target's when a pair has no source).
    private func sideOffsets(ofPair index: Int) -> Range<Int> {
        let segments = document.segments
        if side == .source, let offsets = segments[index].source?.range.offsets { return offsets }
        return segments[index].target.range.offsets
    }

    /// Turns the block-quote markers and indentation at the start of every line but the first into spaces,
    /// and gives where each line starts.
    ///
    /// The block was one paragraph in the article, so a `>` at the start of a later line can only be
    /// the marker of the quote it is in; as spaces, the bytes keep their offsets.
    private static func blankContinuationMarkers(_ text: inout [UInt8]) -> [Int] {
        var lineStarts = [0]
        text.withUnsafeMutableBufferPointer { text in
            var atLineStart = false
            var index = 0
            while index < text.count {
                // Inside a line, eight bytes at a time up to the next line ending.
                if !atLineStart, index + 8 <= text.count,
                   !Self.holdsLineEnding(UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = text[index]
                defer { index += 1 }
                if atLineStart {
                    if byte == UInt8(ascii: ">") || byte == 9 { text[index] = 32 } else if byte != 32 { atLineStart = false }
                }
                if byte == 10 { lineStarts.append(index + 1) }
                if byte == 10 || byte == 13 { atLineStart = true }
            }
        }
        return lineStarts
    }
}
