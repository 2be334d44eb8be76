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
        var text: [UInt8] = []
        text.reserveCapacity(block.range.offsets.count)
        var pieces: [Piece] = []
        pieces.reserveCapacity(2 * block.segmentIndices.count + 1)
        var spans: [SegmentSpan] = []
        spans.reserveCapacity(block.segmentIndices.count)
        forEachPiece(of: block) { offsets, pair in
            // A pair has its span even when its text on this side is empty.
            if let pair { spans.append(SegmentSpan(id: segments[pair].id, offsets: offsets)) }
            guard !offsets.isEmpty else { return true }
            pieces.append(Piece(textStart: text.count, fileStart: offsets.lowerBound, length: offsets.count))
            text += bytes[offsets]
            return true
        }
        let lineStarts = Self.blankContinuationMarkers(&text)
        return (text, pieces, spans, lineStarts)
    }

    /// Whether the block's text on this side could be all bold: whether it has `**` or `__`, without which
    /// cmark-gfm finds no strong emphasis, and starts with a character that may not be text (text that starts
    /// with a letter, of any script, is not all bold). Much cheaper than reading the text.
    func mayBeBold(_ block: Block) -> Bool {
        document.source.bytes.withUnsafeBufferPointer { bytes in
            var startsWithText = false
            forEachPiece(of: block) { offsets, _ in
                guard !offsets.isEmpty else { return true }
                startsWithText = Self.startsAsText(UnsafeBufferPointer(rebasing: bytes[offsets]))
                return false
            }
            if startsWithText { return false }
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
            var holds = false
            forEachPiece(of: block) { offsets, _ in
                holds = holdsDoubleMark(offsets)
                return !holds
            }
            return holds
        }
    }

    /// Whether `text` starts with an ASCII letter or a plain character beyond ASCII but white space (``UTF8Text/isPlain(_:)``:
    /// CJK, kana, full-width forms, general punctuation): a character with which no Markdown block or inline starts, so
    /// that cmark-gfm reads it as the start of the first text of the first leaf block.
    private static func startsAsText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = text.first else { return false }
        if lead < 0x80 { return (lead | 0x20) &- 0x61 < 26 }
        var decoder = UTF8(), bytes = text.prefix(4).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return false }
        return UTF8Text.isPlain(scalar.value) && !UTF8Text.isPlainWhitespace(scalar.value)
    }

    /// The block's Markdown on this side: the bytes ``text(of:)`` gives cmark-gfm but for its quote markers, which
    /// it blanks. For a look at the bytes that needs no parse.
    func markdown(of block: Block) -> [UInt8] {
        let bytes = document.source.bytes
        var text: [UInt8] = []
        text.reserveCapacity(block.range.offsets.count)
        forEachPiece(of: block) { offsets, _ in
            text += bytes[offsets]
            return true
        }
        return text
    }

    /// The plain text (``ProcedureText/plainText``), as UTF-8, of a heading or paragraph written plainly on one
    /// line — a heading as one to six `#` and a space before it,
    /// a paragraph between `**` and `**` (then all bold) — as ``text(of:)`` reads it, told from the Markdown without
    /// cmark-gfm; nil for a block written otherwise.
    ///
    /// Written plainly: valid UTF-8 that holds nothing Markdown may read as markup within a line (no `*`, `_`,
    /// `` ` ``, `\`, `&`, `<`, `[`, `]`, `|` or `#`, no line ending or NUL), and neither starts nor ends with
    /// white space (spaces and tabs may follow it). Its one text is then the text itself, in bold in the
    /// paragraph: the opening `**` starts a line and is followed by no white space, the closing one ends it and
    /// follows no white space, and nothing between them is emphasis.
    func plainTextIfPlainlyWritten(_ block: Block) -> ArraySlice<UInt8>? {
        let markdown = markdown(of: block)
        let text = markdown.withUnsafeBufferPointer { bytes -> Range<Int>? in
            var start = 0, end = bytes.count
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            switch block.kind {
            case .heading:
                while start < end, start < 6, bytes[start] == UInt8(ascii: "#") { start += 1 }
                guard start > 0, start < end, bytes[start] == 0x20 else { return nil }
                start += 1
            case .paragraph:
                guard end - start >= 4, bytes[0] == UInt8(ascii: "*"), bytes[1] == UInt8(ascii: "*"),
                      bytes[end - 2] == UInt8(ascii: "*"), bytes[end - 1] == UInt8(ascii: "*") else { return nil }
                start += 2
                end -= 2
            default:
                return nil
            }
            for byte in bytes[start..<end] where byte < 0x80 && Self.isMarkup[Int(byte)] { return nil }
            var decoder = UTF8(), scalars = bytes[start..<end].makeIterator()
            var first: Unicode.Scalar?, last: Unicode.Scalar?
            decoding: while true {
                switch decoder.decode(&scalars) {
                case .scalarValue(let scalar):
                    if first == nil { first = scalar }
                    last = scalar
                case .emptyInput: break decoding
                case .error: return nil
                }
            }
            guard let first, let last, !Self.isWhitespace(first), !Self.isWhitespace(last) else { return nil }
            return UTF8Text.trimmed(start..<end, in: bytes)
        }
        return text.map { markdown[$0] }
    }

    /// Whether a scalar is white space as Unicode has it (and so `Character`; cmark-gfm's is part of it).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        UTF8Text.isPlain(scalar.value) ? UTF8Text.isPlainWhitespace(scalar.value) : scalar.properties.isWhitespace
    }

    /// The ASCII bytes that rule out a plainly written text (``plainTextIfPlainlyWritten(_:)``).
    private static let isMarkup: [Bool] = (0..<128).map { byte in
        byte < 0x20 || "*_`\\&<[]|#".utf8.contains(UInt8(byte))
    }

    /// Calls `body` with the file offsets of each piece of the block's text on this side, in order, until it
    /// returns false: the bytes before, between and after the pairs (possibly none), and each pair's text on
    /// this side, with the pair's index.
    private func forEachPiece(of block: Block, _ body: (Range<Int>, Int?) -> Bool) {
        let segments = document.segments
        let range = block.range.offsets
        var cursor = range.lowerBound
        for index in pairsInOrder(block) where segments[index].range.start.offset >= cursor {
            guard body(cursor..<segments[index].range.start.offset, nil), body(sideOffsets(ofPair: index), index) else { return }
            cursor = segments[index].range.end.offset
        }
        _ = body(cursor..<max(cursor, range.upperBound), nil)
    }

    /// The index of the last of `lineStarts` at or before `offset`, at `from` or after (where `offset` must not be before).
    private static func lineIndex(of offset: Int, in lineStarts: [Int], from first: Int) -> Int {
        lineStarts[first...].firstIndex(bisecting: { $0 > offset }) - 1
    }

    /// Whether one of the eight bytes of `word` is a `*` or a `_`.
    @inline(__always)
    private static func holdsMark(_ word: UInt64) -> Bool {
        UTF8Text.holds(UInt8(ascii: "*"), in: word) || UTF8Text.holds(UInt8(ascii: "_"), in: word)
    }

    /// Whether one of the eight bytes of `word` is a line feed or a carriage return.
    @inline(__always)
    private static func holdsLineEnding(_ word: UInt64) -> Bool {
        UTF8Text.holds(0x0A, in: word) || UTF8Text.holds(0x0D, in: word)
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
