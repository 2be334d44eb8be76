import Foundation

/// The bytes of a source file and where each of its lines starts.
///
/// Lines end at LF, CRLF or a lone CR, as in CommonMark, so that line numbers agree with
/// cmark-gfm's. The bytes are kept exactly as read.
public struct SourceText: Sendable, Hashable {
    /// The file's bytes, unchanged.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            // Most files have no CR: their lines end at LF only, which memchr finds many bytes at a time.
            if let base = buffer.baseAddress, memchr(base, 13, count) == nil {
                while index < count, let lineFeed = memchr(base + index, 10, count - index) {
                    index = UnsafeRawPointer(base).distance(to: lineFeed) + 1
                    starts.append(index)
                }
                return
            }
            let lineFeed = SIMD16<UInt8>(repeating: 10), carriageReturn = SIMD16<UInt8>(repeating: 13)
            while index < count {
                // Sixteen bytes without a CR or LF at a time (most of a line).
                if index + 16 <= count {
                    let chunk = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    if !any((chunk .== lineFeed) .| (chunk .== carriageReturn)) {
                        index += 16
                        continue
                    }
                }
                let stop = min(index + 16, count)
                while index < stop {
                    let byte = buffer[index]
                    if byte == 10 {
                        starts.append(index + 1)
                    } else if byte == 13 {
                        if index + 1 < count, buffer[index + 1] == 10 { index += 1 }
                        starts.append(index + 1)
                    }
                    index += 1
                }
            }
        }
        lineStarts = starts
    }

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The number of lines (a final line ending does not start a new, empty line).
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The location of byte `offset` (which may be `bytes.count`, the end of the file).
    public func location(at offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        // The last line start at or before `clamped` (line 1 starts at 0, so there is one),
        // halving a window that always starts at such a line.
        return lineStarts.withUnsafeBufferPointer { starts in
            var low = 0, count = starts.count
            while count > 1 {
                let half = count / 2
                if starts[low + half] <= clamped { low += half }
                count -= half
            }
            return SourceLocation(line: low + 1, column: clamped - starts[low] + 1, offset: clamped)
        }
    }

    /// The location of 1-based `line` and 1-based byte `column` (column 0: the line's start).
    public func location(line: Int, column: Int) -> SourceLocation {
        let index = min(max(line - 1, 0), lineStarts.count - 1)
        let offset = min(lineStarts[index] + max(column - 1, 0), bytes.count)
        return SourceLocation(line: index + 1, column: offset - lineStarts[index] + 1, offset: offset)
    }

    /// The range of byte offsets `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        range(from: location(at: offsets.lowerBound), to: offsets.upperBound)
    }

    /// The range of byte offsets `offsets`, as ``range(_:)`` gives it, found without a search
    /// when they start on the line of `known`, a location of this text at or before them
    /// (a side of a pair, after the pair's start).
    func range(_ offsets: Range<Int>, after known: SourceLocation) -> SourceRange {
        let lower = min(max(offsets.lowerBound, 0), bytes.count)
        guard lower >= known.offset, known.line >= 1, known.line > lineStarts.count - 1 || lower < lineStarts[known.line] else {
            return range(offsets)
        }
        let lineStart = known.offset - known.column + 1
        return range(from: SourceLocation(line: known.line, column: lower - lineStart + 1, offset: lower), to: offsets.upperBound)
    }

    /// The range from `start` to byte offset `upper`.
    private func range(from start: SourceLocation, to upper: Int) -> SourceRange {
        // The end is mostly on the start's line: look there before searching the whole file.
        let end = min(max(upper, 0), bytes.count)
        if start.line < lineStarts.count, end < lineStarts[start.line] {
            let lineStart = start.offset - start.column + 1
            return SourceRange(start: start, end: SourceLocation(line: start.line, column: end - lineStart + 1, offset: end))
        }
        return SourceRange(start: start, end: location(at: upper))
    }

    /// The bytes of `offsets` decoded as UTF-8 (invalid sequences become U+FFFD).
    public func string(_ offsets: Range<Int>) -> String {
        let lower = min(max(offsets.lowerBound, 0), bytes.count)
        let upper = min(max(offsets.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The end offset of line `line` (1-based), before its line ending.
    public func lineContentEnd(_ line: Int) -> Int {
        let index = min(max(line - 1, 0), lineStarts.count - 1)
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > lineStarts[index], bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        return end
    }
}

extension SourceText {
    /// The offsets of bytes that are not part of a valid UTF-8 sequence, one per bad sequence.
    public func invalidUTF8Offsets() -> [Int] {
        var bad: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var index = 0
            let ones = SIMD16<UInt8>(repeating: 1), lastASCII = SIMD16<UInt8>(repeating: 0x7F)
            while index < count {
                // Sixteen ASCII bytes without a NUL at a time (most of a Markdown file): a byte less
                // one, wrapping, is 0x7F or more when it is NUL or not ASCII.
                if index + 16 <= count {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    if !any((chunk &- ones) .>= lastASCII) { index += 16; continue }
                }
                // Otherwise eight at a time, or straight to the first byte of the eight that is not one.
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let stops = Self.nonASCIIOrNUL(word)
                    if stops == 0 { index += 8; continue }
                    index += stops.trailingZeroBitCount >> 3
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 { bad.append(index) }
                    index += 1
                    continue
                }
                // Most of the rest is CJK, in runs: three bytes, lead E1 to EC or EE to EF, any continuations.
                let runStart = index
                // Four bytes read at once while there are: a lead E0 to EF and two continuations,
                // then the lead checked (neither E0 nor ED).
                while index &+ 3 < count {
                    let word = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
                    let lead = word & 0xFF
                    guard word & 0x00C0_C0F0 == 0x0080_80E0, lead != 0xE0, lead != 0xED else { break }
                    index &+= 3
                }
                // The last three bytes, which cannot be read as four (elsewhere the check is the same).
                while index &+ 3 >= count, index &+ 2 < count {
                    let lead = buffer[index]
                    guard (lead >= 0xE1 && lead <= 0xEC) || lead >= 0xEE && lead <= 0xEF,
                          buffer[index &+ 1] & 0xC0 == 0x80, buffer[index &+ 2] & 0xC0 == 0x80 else { break }
                    index &+= 3
                }
                if index == runStart { index += Self.sequenceLength(at: index, in: buffer, bad: &bad) }
            }
        }
        return bad
    }

    /// The high bit of each byte of `word` (eight bytes, the first in the low bits) that is
    /// not ASCII or is NUL, and possibly of bytes after such a NUL; 0 when there is none.
    ///
    /// The lowest bit set is always exact: subtracting one from each byte borrows only out of
    /// a NUL, so a byte is marked wrongly only above one that is marked rightly.
    @inline(__always)
    static func nonASCIIOrNUL(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        return (word | ((word &- ones) & ~word)) & highBits
    }

    /// How many bytes to move past the sequence whose lead byte (not ASCII) is at `index`: its
    /// length when it is well formed, 1 (and the offset recorded in `bad`) when it is not.
    private static func sequenceLength(at index: Int, in buffer: UnsafeBufferPointer<UInt8>, bad: inout [Int]) -> Int {
        // The bytes a well-formed sequence may have second (Unicode, table 3-7): the ranges
        // leave out overlong forms, surrogates and scalars past U+10FFFF.
        let length: Int
        let second: ClosedRange<UInt8>
        switch buffer[index] {
        case 0xC2...0xDF: length = 2; second = 0x80...0xBF
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xE1...0xEF: length = 3; second = 0x80...0xBF
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        case 0xF1...0xF3: length = 4; second = 0x80...0xBF
        default: bad.append(index); return 1
        }
        var valid = index + length <= buffer.count && second.contains(buffer[index + 1])
        if valid, length > 2 {
            for next in 2..<length where buffer[index + next] & 0xC0 != 0x80 {
                valid = false
                break
            }
        }
        if valid { return length }
        bad.append(index)
        return 1
    }
}
