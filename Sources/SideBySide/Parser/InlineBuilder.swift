import Foundation
import SxsCommonMark

/// Turns cmark-gfm positions (line, column of the text it parsed) into byte offsets of the file.
struct PositionMap {
    /// The file offset of column 1 of each line of the parsed text.
    var lineOrigins: ArraySlice<Int>
    /// The size of the file, so that no offset runs past it.
    var limit: Int

    /// The offset of the first byte at (line, column), column 1-based.
    func start(_ position: MarkdownPosition) -> Int? {
        guard position.line >= 1 else { return nil }
        let index = lineOrigins.startIndex + position.line - 1
        guard index < lineOrigins.endIndex else { return limit }
        return min(lineOrigins[index] + max(position.column, 1) - 1, limit)
    }

    /// The offset just past the byte at (line, column); column 0 is the start of that line.
    func end(_ position: MarkdownPosition) -> Int? {
        guard position.line >= 1 else { return nil }
        let index = lineOrigins.startIndex + position.line - 1
        guard index < lineOrigins.endIndex else { return limit }
        return min(lineOrigins[index] + max(position.column, 0), limit)
    }
}

/// The inline elements of a block as cmark-gfm laid them out, with file offsets, before any is built.
///
/// Only the inlines inside a pair's sides become ``Inline`` values: the layout finds the elements
/// of a side, and tells where the HTML tags are, without making a string or a ``SourceRange`` for
/// the rest (the pairs' own tags, mostly). A text node that cmark-gfm resolved escapes or
/// character references in is split into its plain, escaped and referenced pieces.
struct InlineLayout {
    /// What an element is; its text is read from its tree node, or from the file, when it is built.
    enum Kind: UInt8 {
        case text, escape, entity, softBreak, lineBreak, code, html, emphasis, strong, strikethrough, link, image
    }

    /// One element: its kind, the bytes it covers in the file, its node, and its children.
    struct Element {
        var kind: Kind
        /// The file offsets the element covers (within the file, as its ``SourceRange`` has them).
        var range: Range<Int>
        /// The tree node the element comes from.
        var node: Int32
        /// For text and a character reference: its text (decoded), as bytes of the tree.
        var text: Range<Int32>
        /// Whether the element is text whose bytes are the file's at `range`, as written.
        var isVerbatim: Bool
        /// The children, as indices of ``InlineLayout/elements``; their own children come after them.
        var children: Range<Int32>
    }

    let source: SourceText
    let tree: MarkdownTree
    private(set) var elements: [Element] = []
    /// The top-level elements, in document order.
    private(set) var top: Range<Int32> = 0..<0

    /// The layout of the inlines of each of `parents` (a paragraph, or the cells of a table) in
    /// turn, each within its bounds: one top level, in document order.
    ///
    /// `expectedCount` is about how many elements there will be (the number of nodes below the
    /// parents), so that they are stored without growing the storage as they come.
    init<Parents: Sequence>(source: SourceText, tree: MarkdownTree, map: PositionMap, parents: Parents, expectedCount: Int)
        where Parents.Element == (node: Int, bounds: Range<Int>) {
        self.source = source
        self.tree = tree
        elements.reserveCapacity(expectedCount)
        var pending: [(element: Int, node: Int, bounds: Range<Int>)] = []
        pending.reserveCapacity(expectedCount / 2)
        for parent in parents {
            appendLevel(childrenOf: parent.node, map: map, bounds: parent.bounds, pending: &pending)
        }
        top = 0..<Int32(elements.count)
        // Each element's children are laid out together, after every element laid out before them.
        var next = 0
        while next < pending.count {
            let (element, node, bounds) = pending[next]
            let start = Int32(elements.count)
            appendLevel(childrenOf: node, map: map, bounds: bounds, pending: &pending)
            elements[element].children = start..<Int32(elements.count)
            next += 1
        }
    }

    /// Lays out the children of `parent`, which lie within `bounds`, as consecutive elements;
    /// those that have children of their own are added to `pending`.
    private mutating func appendLevel(childrenOf parent: Int, map: PositionMap, bounds: Range<Int>,
                                      pending: inout [(element: Int, node: Int, bounds: Range<Int>)]) {
        let nodes = tree.nodes
        func known(_ node: Int) -> Range<Int>? {
            guard let start = map.start(nodes[node].start), let end = map.end(nodes[node].end), start <= end else { return nil }
            return start..<end
        }
        var previous: Range<Int>?
        var child = nodes[parent].firstChild
        while child >= 0 {
            let node = Int(child)
            child = nodes[node].nextSibling
            let offsets: Range<Int>
            if let range = known(node) {
                offsets = range
            } else {
                // Line breaks carry no position in cmark-gfm: they lie between their neighbours.
                let lower = previous?.upperBound ?? bounds.lowerBound
                var upper = bounds.upperBound
                var following = child
                while following >= 0 {
                    if let next = known(Int(following)) { upper = next.lowerBound; break }
                    following = nodes[Int(following)].nextSibling
                }
                offsets = lower..<max(lower, upper)
            }
            previous = offsets
            let hasChildren = nodes[node].firstChild >= 0
            let kind: Kind
            switch nodes[node].kind {
            case .text:
                appendText(node, raw: offsets)
                continue
            case .softBreak: kind = .softBreak
            case .lineBreak: kind = .lineBreak
            case .code: kind = .code
            case .htmlInline: kind = .html
            case .emphasis: kind = .emphasis
            case .strong: kind = .strong
            case .strikethrough: kind = .strikethrough
            case .link: kind = .link
            case .image: kind = .image
            default:
                // A node this layer does not model stands for its children.
                if hasChildren { appendLevel(childrenOf: node, map: map, bounds: offsets, pending: &pending) }
                continue
            }
            if hasChildren, kind != .softBreak, kind != .lineBreak, kind != .code, kind != .html {
                pending.append((elements.count, node, offsets))
            }
            append(kind, offsets, node: node)
        }
    }

    private mutating func append(_ kind: Kind, _ offsets: Range<Int>, node: Int, text: Range<Int32> = 0..<0,
                                 isVerbatim: Bool = false) {
        // Offsets as a SourceRange has them, so that searches agree with the inlines built.
        let count = source.bytes.count
        let lower = min(max(offsets.lowerBound, 0), count), upper = min(max(offsets.upperBound, 0), count)
        elements.append(Element(kind: kind, range: lower..<upper, node: Int32(node), text: text,
                                isVerbatim: isVerbatim, children: 0..<0))
    }

    /// A piece of a text node: plain text, an escape or a character reference, with its file
    /// offsets and its part of the node's text.
    private typealias Piece = (kind: Kind, range: Range<Int>, text: Range<Int>)

    /// A text node, split into plain text, character references and backslash escapes.
    ///
    /// cmark-gfm resolves `&amp;` and `\*` and merges them into the surrounding text; walking its
    /// text beside the bytes it came from shows where each one was written.
    private mutating func appendText(_ node: Int, raw offsets: Range<Int>) {
        let literal = tree.nodes[node].text
        let (isVerbatim, pieces) = tree.bytes.withUnsafeBufferPointer { texts -> (Bool, [Piece]?) in
            source.bytes.withUnsafeBufferPointer { bytes -> (Bool, [Piece]?) in
                let text = UnsafeBufferPointer(rebasing: texts[Int(literal.lowerBound)..<Int(literal.upperBound)])
                // Most text is written as it reads.
                if text.count == offsets.count,
                   text.isEmpty || memcmp(bytes.baseAddress! + offsets.lowerBound, text.baseAddress!, text.count) == 0 {
                    return (true, nil)
                }
                return (false, Self.pieces(of: text, written: bytes, at: offsets))
            }
        }
        guard let pieces else {
            append(.text, offsets, node: node, text: literal, isVerbatim: isVerbatim)
            return
        }
        for piece in pieces {
            let text = (literal.lowerBound + Int32(piece.text.lowerBound))..<(literal.lowerBound + Int32(piece.text.upperBound))
            append(piece.kind, piece.range, node: node, text: text, isVerbatim: piece.kind == .text)
        }
    }

    /// The pieces of a text node whose text `literal` differs from the bytes it was written as
    /// (`written[offsets]`), each with its file offsets and its part of `literal`; nil when the
    /// two cannot be matched up (the node stays whole).
    private static func pieces(of literal: UnsafeBufferPointer<UInt8>, written bytes: UnsafeBufferPointer<UInt8>,
                               at offsets: Range<Int>) -> [Piece]? {
        var pieces: [Piece] = []
        var plainStart = offsets.lowerBound, plainText = 0
        var index = offsets.lowerBound, cursor = 0
        func flushPlain(upTo end: Int) {
            if cursor > plainText { pieces.append((.text, plainStart..<end, plainText..<cursor)) }
        }
        while index < offsets.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < offsets.upperBound, isASCIIPunctuation(bytes[index + 1]),
               cursor < literal.count, literal[cursor] == bytes[index + 1] {
                flushPlain(upTo: index)
                pieces.append((.escape, index..<(index + 2), cursor..<(cursor + 1)))
                index += 2; cursor += 1; plainStart = index; plainText = cursor
                continue
            }
            if byte == UInt8(ascii: "&"), let semicolon = referenceEnd(in: bytes, from: index, limit: offsets.upperBound),
               let decodedLength = decodedLength(literal: literal, at: cursor,
                                                 rest: UnsafeBufferPointer(rebasing: bytes[(semicolon + 1)..<offsets.upperBound])) {
                flushPlain(upTo: index)
                pieces.append((.entity, index..<(semicolon + 1), cursor..<(cursor + decodedLength)))
                index = semicolon + 1; cursor += decodedLength; plainStart = index; plainText = cursor
                continue
            }
            guard cursor < literal.count, literal[cursor] == byte else { return nil }
            index += 1; cursor += 1
        }
        guard cursor == literal.count else { return nil }
        flushPlain(upTo: offsets.upperBound)
        return pieces
    }

    /// The `;` that ends a character reference starting at `start` (`&name;`, `&#123;`, `&#x1F;`).
    private static func referenceEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start + 1
        while index < limit, index - start <= 32 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index - start > 1 ? index : nil }
            let isNameByte = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "#")
            guard isNameByte else { return nil }
            index += 1
        }
        return nil
    }

    /// How many bytes of `literal` at `cursor` a reference decoded to: the shortest run of whole
    /// characters after which the literal goes on as the bytes after the reference do.
    private static func decodedLength(literal: UnsafeBufferPointer<UInt8>, at cursor: Int, rest: UnsafeBufferPointer<UInt8>) -> Int? {
        var length = 1
        while cursor + length <= literal.count, length <= 8 {
            let next = cursor + length
            let isBoundary = next == literal.count || literal[next] & 0xC0 != 0x80
            if isBoundary {
                // Compare up to the next escape or reference, which the literal shows resolved.
                let plainRest = rest.prefix { $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "&") }.prefix(16)
                if literal[next...].starts(with: plainRest) { return length }
            }
            length += 1
        }
        return nil
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }

    /// Whether an inline HTML element starts at `offset`.
    func hasHTML(at offset: Int) -> Bool {
        // Read in place: through the array, each element read was checked against its bounds.
        elements.withUnsafeBufferPointer { Self.hasHTML(at: offset, in: top, of: $0) }
    }

    /// Whether an inline HTML element starts at `offset` among `level` of `elements` or below.
    private static func hasHTML(at offset: Int, in level: Range<Int32>, of elements: UnsafeBufferPointer<Element>) -> Bool {
        // Elements are in document order: skip, by bisection, those that end at or before `offset`.
        var index = Int(level.lowerBound), high = Int(level.upperBound)
        let end = high
        while index < high {
            let middle = index + (high - index) / 2
            if elements[middle].range.upperBound > offset { high = middle } else { index = middle + 1 }
        }
        while index < end, elements[index].range.lowerBound <= offset {
            if elements[index].range.lowerBound == offset, elements[index].kind == .html { return true }
            let children = elements[index].children
            if !children.isEmpty, elements[index].range.contains(offset), hasHTML(at: offset, in: children, of: elements) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The inlines that make up exactly `range`, or nil when an inline crosses its edges.
    ///
    /// `side` is the file's text at `range` and where it is: a text element that is all of it,
    /// as written (most sides are one), shares its string and range instead of making its own.
    func inlines(within range: Range<Int>, side: (text: String, range: SourceRange)) -> [Inline]? {
        inlines(within: range, in: top, side: side)
    }

    /// Every top-level inline.
    func inlines() -> [Inline] {
        top.map { inline(at: $0, after: nil) }
    }

    private func inlines(within range: Range<Int>, in level: Range<Int32>, side: (text: String, range: SourceRange)) -> [Inline]? {
        var selected: [Inline] = []
        // Skip, by bisection, the elements that end before the range.
        let level = Int(level.lowerBound)..<Int(level.upperBound)
        let first = level.firstIndex(bisecting: { elements[$0].range.upperBound >= range.lowerBound })
        // The elements that start before the range ends are looked at; at most those inside it are
        // selected: room for them at once when there are several (the array grew an element at a
        // time), none when there is one.
        var last = first, inside = 0
        while last < level.upperBound, elements[last].range.lowerBound <= range.upperBound {
            if elements[last].range.lowerBound >= range.lowerBound, elements[last].range.upperBound <= range.upperBound {
                inside += 1
            }
            last += 1
        }
        if inside > 1 { selected.reserveCapacity(inside) }
        for index in first..<last {
            let element = elements[index]
            let offsets = element.range
            if offsets.upperBound <= range.lowerBound || offsets.lowerBound >= range.upperBound {
                if !(offsets.isEmpty && offsets.lowerBound == range.lowerBound && range.isEmpty) { continue }
            }
            if offsets.lowerBound >= range.lowerBound, offsets.upperBound <= range.upperBound {
                if element.isVerbatim, offsets == range {
                    selected.append(Inline(kind: .text(side.text), range: side.range))
                } else {
                    selected.append(inline(at: Int32(index), after: side.range.start))
                }
            } else if offsets.lowerBound <= range.lowerBound, offsets.upperBound >= range.upperBound, !element.children.isEmpty {
                return inlines(within: range, in: element.children, side: side)
            } else {
                return nil
            }
        }
        return selected
    }

    /// Element `index` as an ``Inline``, with its children; `known` is a location at or before
    /// them (the start of the side they are in), from which their ranges are found faster.
    private func inline(at index: Int32, after known: SourceLocation?) -> Inline {
        let element = elements[Int(index)]
        let node = tree.nodes[Int(element.node)]
        let kind: InlineKind
        switch element.kind {
        case .text: kind = .text(tree.string(element.text))
        case .escape: kind = .escape(String(UnicodeScalar(source.bytes[element.range.lowerBound + 1])))
        case .entity: kind = .entity(raw: source.string(element.range), decoded: tree.string(element.text))
        case .softBreak: kind = .softBreak
        case .lineBreak: kind = .lineBreak
        case .code: kind = .code(tree.string(node.text))
        case .html: kind = .html(tree.string(node.text))
        case .emphasis: kind = .emphasis
        case .strong: kind = .strong
        case .strikethrough: kind = .strikethrough
        case .link: kind = .link(destination: tree.string(node.text), title: tree.string(node.secondText))
        case .image: kind = .image(destination: tree.string(node.text), title: tree.string(node.secondText))
        }
        // A loop rather than `map(inline(at:))`, whose closure took a copy of the layout (all its arrays) each time.
        var children: [Inline] = []
        if !element.children.isEmpty {
            children.reserveCapacity(element.children.count)
            for child in element.children { children.append(inline(at: child, after: known)) }
        }
        let range = known.map { source.range(element.range, after: $0) } ?? source.range(element.range)
        return Inline(kind: kind, range: range, children: children)
    }
}

/// Reads inlines of text that cmark-gfm did not parse as inlines (pairs in HTML blocks).
struct InlineBuilder {
    let source: SourceText
    /// Whether the source is valid UTF-8 throughout (cmark-gfm passes invalid bytes through to its texts).
    let isValidUTF8: Bool

    /// The inlines of the Markdown text at `range`, parsed on its own (for text in HTML blocks).
    ///
    /// Each line's leading blanks (and block-quote markers, inside a quote) are left out, as
    /// Markdown does for a paragraph; a `;` is put before the text so that it cannot start a
    /// list or heading, and is dropped afterwards.
    func parseStandalone(_ range: Range<Int>, inQuote: Bool, converter: CommonMarkConverter) -> [Inline] {
        guard !range.isEmpty else { return [] }
        let (text, origins) = Self.standaloneText(of: range, in: source.bytes, inQuote: inQuote)
        var tree = text.withUnsafeBufferPointer { converter.tree($0) }
        if !isValidUTF8 { tree.repairUTF8() }
        let paragraph = Int(tree.nodes[MarkdownTree.root].firstChild)
        guard paragraph >= 0 else { return [] }
        // Drop the `;` that was put in front, before positions are mapped.
        let first = Int(tree.nodes[paragraph].firstChild)
        if first >= 0, tree.nodes[first].kind == .text {
            let text = tree.nodes[first].text
            if Self.startsWithSemicolon(tree.bytes[Int(text.lowerBound)..<Int(text.upperBound)]) {
                // The `;` is a character of its own, one byte: the rest is the text's bytes after it
                // (they are its string's, as the tree's texts were repaired when the file was not UTF-8).
                if text.count == 1 {
                    tree.nodes[paragraph].firstChild = tree.nodes[first].nextSibling
                } else {
                    tree.nodes[first].text = (text.lowerBound + 1)..<text.upperBound
                    tree.nodes[first].start.column += 1
                }
            }
        }
        let map = PositionMap(lineOrigins: origins[...], limit: range.upperBound)
        return InlineLayout(source: source, tree: tree, map: map, parents: CollectionOfOne((node: paragraph, bounds: range)),
                            expectedCount: Int(tree.nodes[paragraph].subtreeEnd) - paragraph - 1).inlines()
    }

    /// The text parsed for `range` of `bytes`: a `;`, then the range's lines without their leading
    /// blanks (and block-quote markers when `inQuote`); and the file offset of each of its lines'
    /// first byte (the `;` is at the offset before the range).
    static func standaloneText(of range: Range<Int>, in bytes: [UInt8], inQuote: Bool) -> (text: [UInt8], origins: [Int]) {
        let hasCR = bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + range.lowerBound, 13, range.count) != nil }
        if hasCR { return standaloneTextByteByByte(of: range, in: bytes, inQuote: inQuote) }
        var text: [UInt8] = [UInt8(ascii: ";")]
        text.reserveCapacity(range.count + 1)
        var origins: [Int] = [range.lowerBound - 1]
        var index = range.lowerBound
        var atLineStart = false
        // Lines end at LF only: each line, its leading blanks left out, is copied whole.
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            while index < range.upperBound {
                if atLineStart {
                    let byte = base[index]
                    if byte == 32 || byte == 9 || (inQuote && byte == UInt8(ascii: ">")) { index += 1; continue }
                    origins.append(index)
                    atLineStart = false
                }
                var lineEnd = range.upperBound
                if let lineFeed = memchr(base + index, 10, range.upperBound - index) {
                    lineEnd = UnsafeRawPointer(base).distance(to: lineFeed) + 1
                    atLineStart = true
                }
                text.append(contentsOf: UnsafeBufferPointer(start: base + index, count: lineEnd - index))
                index = lineEnd
            }
        }
        if atLineStart { origins.append(range.upperBound) }
        return (text, origins)
    }

    /// ``standaloneText(of:in:inQuote:)`` read a byte at a time, lines ending at LF, CRLF or a lone CR.
    static func standaloneTextByteByByte(of range: Range<Int>, in bytes: [UInt8], inQuote: Bool) -> (text: [UInt8], origins: [Int]) {
        var text: [UInt8] = [UInt8(ascii: ";")]
        text.reserveCapacity(range.count + 1)
        var origins: [Int] = [range.lowerBound - 1]
        var index = range.lowerBound
        var atLineStart = false
        while index < range.upperBound {
            let byte = bytes[index]
            if atLineStart {
                if byte == 32 || byte == 9 || (inQuote && byte == UInt8(ascii: ">")) { index += 1; continue }
                origins.append(index)
                atLineStart = false
            }
            text.append(byte)
            if byte == 10 || (byte == 13 && !(index + 1 < range.upperBound && bytes[index + 1] == 10)) {
                atLineStart = true
            }
            index += 1
        }
        if atLineStart { origins.append(range.upperBound) }
        return (text, origins)
    }

    /// Whether `text` (UTF-8) starts with the character `;`, as `hasPrefix(";")` of its string
    /// tells, without making the string when it starts with ASCII: `;` then ASCII (or nothing)
    /// does, as no ASCII character extends the one before it, and so does `;` then a character
    /// that starts one of its own (the ideographs and kana most sides start with); other ASCII
    /// does not, nor does a text whose first byte is not ASCII, unless it may be U+037E
    /// (canonically `;`): then, and for the rest, the string is asked.
    static func startsWithSemicolon(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first else { return false }
        if first < 0x80, first != UInt8(ascii: ";") { return false }
        // Only U+037E (`CD BE`) among the other characters is canonically `;`: a text that starts
        // with any other lead byte starts with another character.
        if first >= 0x80, first != 0xCD { return false }
        if first == UInt8(ascii: ";"), text.count == 1 || text[text.startIndex + 1] < 0x80 { return true }
        if first == UInt8(ascii: ";"), startsWithStarter(text.dropFirst()) { return true }
        return String(decoding: text, as: UTF8.self).hasPrefix(";")
    }

    /// Whether `text` starts with a three-byte character that begins a character of its own (no
    /// mark: it neither extends nor combines with the one before it): CJK ideographs, kana,
    /// Hangul syllables, CJK and full-width punctuation, which most translated sides start with.
    private static func startsWithStarter(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 3 else { return false }
        let lead = text[text.startIndex], second = text[text.startIndex + 1], third = text[text.startIndex + 2]
        guard lead & 0xF0 == 0xE0, second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return false }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        // (U+302A to U+302F and U+3099, U+309A are marks, and left out.)
        switch scalar {
        case 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
