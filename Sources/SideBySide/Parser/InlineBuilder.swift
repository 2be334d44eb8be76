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

/// Builds ``Inline`` values from cmark-gfm nodes and picks out those of a segment's text.
struct InlineBuilder {
    let source: SourceText

    /// The inlines of `nodes`, with file ranges; `bounds` is the range of their parent.
    func inlines(_ nodes: [MarkdownNode], map: PositionMap, bounds: Range<Int>) -> [Inline] {
        var known: [Range<Int>?] = nodes.map { node in
            guard let start = map.start(node.start), let end = map.end(node.end), start <= end else { return nil }
            return start..<end
        }
        // Line breaks carry no position in cmark-gfm: they lie between their neighbours.
        for index in known.indices where known[index] == nil {
            let lower = index > 0 ? (known[index - 1]?.upperBound ?? bounds.lowerBound) : bounds.lowerBound
            var upper = bounds.upperBound
            if let next = known[(index + 1)...].first(where: { $0 != nil }) { upper = next!.lowerBound }
            known[index] = lower..<max(lower, upper)
        }
        var result: [Inline] = []
        result.reserveCapacity(nodes.count)
        for (node, offsets) in zip(nodes, known) {
            let offsets = offsets!
            let range = source.range(offsets)
            let children = node.children.isEmpty ? [] : inlines(node.children, map: map, bounds: offsets)
            switch node.kind {
            case .text(let text):
                result += textPieces(text, raw: offsets)
            case .softBreak: result.append(Inline(kind: .softBreak, range: range))
            case .lineBreak: result.append(Inline(kind: .lineBreak, range: range))
            case .code(let code): result.append(Inline(kind: .code(code), range: range))
            case .htmlInline(let html): result.append(Inline(kind: .html(html), range: range))
            case .emphasis: result.append(Inline(kind: .emphasis, range: range, children: children))
            case .strong: result.append(Inline(kind: .strong, range: range, children: children))
            case .strikethrough: result.append(Inline(kind: .strikethrough, range: range, children: children))
            case .link(let destination, let title):
                result.append(Inline(kind: .link(destination: destination, title: title), range: range, children: children))
            case .image(let destination, let title):
                result.append(Inline(kind: .image(destination: destination, title: title), range: range, children: children))
            default:
                result.append(contentsOf: children)
            }
        }
        return result
    }

    /// A text node split into plain text, character references and backslash escapes.
    ///
    /// cmark-gfm resolves `&amp;` and `\*` and merges them into the surrounding text; walking its
    /// text beside the bytes it came from shows where each one was written.
    private func textPieces(_ text: String, raw offsets: Range<Int>) -> [Inline] {
        let bytes = source.bytes
        let whole = [Inline(kind: .text(text), range: source.range(offsets))]
        // Most text is written as it reads: compare without copying it.
        var probe = text
        let unchanged = probe.withUTF8 { written in
            written.count == offsets.count && bytes.withUnsafeBufferPointer {
                memcmp($0.baseAddress! + offsets.lowerBound, written.baseAddress!, written.count) == 0
            }
        }
        guard !unchanged else { return whole }
        let literal = Array(text.utf8)
        var pieces: [Inline] = []
        var plainStart = offsets.lowerBound, plain: [UInt8] = []
        var index = offsets.lowerBound, cursor = 0
        func flushPlain(upTo end: Int) {
            if !plain.isEmpty { pieces.append(Inline(kind: .text(String(decoding: plain, as: UTF8.self)), range: source.range(plainStart..<end))) }
            plain = []
        }
        while index < offsets.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < offsets.upperBound, Self.isASCIIPunctuation(bytes[index + 1]),
               cursor < literal.count, literal[cursor] == bytes[index + 1] {
                flushPlain(upTo: index)
                pieces.append(Inline(kind: .escape(String(UnicodeScalar(bytes[index + 1]))), range: source.range(index..<(index + 2))))
                index += 2; cursor += 1; plainStart = index
                continue
            }
            if byte == UInt8(ascii: "&"), let semicolon = referenceEnd(from: index, limit: offsets.upperBound),
               let decodedLength = decodedLength(literal: literal, at: cursor, rest: bytes[(semicolon + 1)..<offsets.upperBound]) {
                flushPlain(upTo: index)
                let raw = source.string(index..<(semicolon + 1))
                let decoded = String(decoding: literal[cursor..<(cursor + decodedLength)], as: UTF8.self)
                pieces.append(Inline(kind: .entity(raw: raw, decoded: decoded), range: source.range(index..<(semicolon + 1))))
                index = semicolon + 1; cursor += decodedLength; plainStart = index
                continue
            }
            guard cursor < literal.count, literal[cursor] == byte else { return whole }
            plain.append(byte)
            index += 1; cursor += 1
        }
        guard cursor == literal.count else { return whole }
        flushPlain(upTo: offsets.upperBound)
        return pieces
    }

    /// The `;` that ends a character reference starting at `start` (`&name;`, `&#123;`, `&#x1F;`).
    private func referenceEnd(from start: Int, limit: Int) -> Int? {
        var index = start + 1
        while index < limit, index - start <= 32 {
            let byte = source.bytes[index]
            if byte == UInt8(ascii: ";") { return index - start > 1 ? index : nil }
            let isNameByte = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "#")
            guard isNameByte else { return nil }
            index += 1
        }
        return nil
    }

    /// How many bytes of `literal` at `cursor` a reference decoded to: the shortest run of whole
    /// characters after which the literal goes on as the bytes after the reference do.
    private func decodedLength(literal: [UInt8], at cursor: Int, rest: ArraySlice<UInt8>) -> Int? {
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

    /// The inlines that make up exactly `range`, or nil when an inline crosses its edges.
    func select(_ inlines: [Inline], within range: Range<Int>) -> [Inline]? {
        var selected: [Inline] = []
        // Inlines are in document order: skip, by bisection, those that end before the range.
        let first = inlines.firstIndex(bisecting: { $0.range.end.offset >= range.lowerBound })
        for inline in inlines[first...] {
            if inline.range.start.offset > range.upperBound { break }
            let offsets = inline.range.offsets
            if offsets.upperBound <= range.lowerBound || offsets.lowerBound >= range.upperBound {
                if !(offsets.isEmpty && offsets.lowerBound == range.lowerBound && range.isEmpty) { continue }
            }
            if offsets.lowerBound >= range.lowerBound, offsets.upperBound <= range.upperBound {
                selected.append(inline)
            } else if offsets.lowerBound <= range.lowerBound, offsets.upperBound >= range.upperBound, !inline.children.isEmpty {
                return select(inline.children, within: range)
            } else {
                return nil
            }
        }
        return selected
    }

    /// The inlines of the Markdown text at `range`, parsed on its own (for text in HTML blocks).
    ///
    /// Each line's leading blanks (and block-quote markers, inside a quote) are left out, as
    /// Markdown does for a paragraph; a `;` is put before the text so that it cannot start a
    /// list or heading, and is dropped afterwards.
    func parseStandalone(_ range: Range<Int>, inQuote: Bool, converter: CommonMarkConverter) -> [Inline] {
        guard !range.isEmpty else { return [] }
        var text: [UInt8] = [UInt8(ascii: ";")]
        var origins: [Int] = [range.lowerBound - 1]
        var index = range.lowerBound
        var atLineStart = false
        let bytes = source.bytes
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
        let document = text.withUnsafeBufferPointer { converter.parse($0) }
        guard var paragraph = document.children.first else { return [] }
        // Drop the `;` that was put in front, before positions are mapped.
        if let first = paragraph.children.first, case .text(let string) = first.kind, string.hasPrefix(";") {
            let rest = String(string.dropFirst())
            if rest.isEmpty {
                paragraph.children.removeFirst()
            } else {
                paragraph.children[0].kind = .text(rest)
                paragraph.children[0].start.column += 1
            }
        }
        let map = PositionMap(lineOrigins: origins[...], limit: range.upperBound)
        return inlines(paragraph.children, map: map, bounds: range)
    }
}
