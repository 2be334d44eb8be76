import SideBySide
import SxsMarkup
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes read the way `String` reads its text, without building one: white space trimmed by
/// `Character`, word boundaries by `Character.isLetter`, equality by canonical equivalence.
///
/// Every answer is exact. Where bytes alone cannot tell (a combining mark or a rare scalar next to
/// the place in question), the answer is asked of `String` instead; in these articles that is rare.
enum UTF8Text {
    // MARK: - Scalars

    /// The scalar whose first byte is at `index`, and its length in bytes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Where the scalar that ends at `end` starts.
    @inline(__always)
    static func scalarStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Whether a scalar is one of the plain ones these articles are written in — ASCII, CJK ideographs,
    /// kana, CJK and general punctuation, full-width forms — whose behaviour needs no Unicode tables:
    /// each is a character of its own (no combining mark, joiner or prepended mark among them), is in
    /// normalization form C with no decomposition, and only the ASCII letters among them have a lower case.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF9D:
            return true
        default:
            return false
        }
    }

    /// Whether a plain scalar (``isPlain(_:)``) is white space.
    @inline(__always)
    static func isPlainWhitespace(_ value: UInt32) -> Bool {
        value == 0x20 || (value >= 0x09 && value <= 0x0D) || value == 0x3000
    }

    /// Whether every scalar of `bytes[range]` is plain (``isPlain(_:)``).
    static func isPlain(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 { index += 1; continue }
            let (value, length) = scalar(at: index, in: bytes)
            guard isPlain(value) else { return false }
            index += length
        }
        return true
    }

    // MARK: - White space

    /// `bytes[window]` without the white space `StringProtocol.trimmingWhitespace` takes off, as a byte range.
    static func trimmed(_ window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, leading: Bool = true,
                        trailing: Bool = true) -> Range<Int> {
        var start = window.lowerBound, end = window.upperBound
        if leading {
            while start < end {
                let (value, length) = scalar(at: start, in: bytes)
                if isPlain(value) {
                    guard isPlainWhitespace(value) else { break }
                    // The space is a character of its own only if no combining mark follows it.
                    if start + length < end, !isPlain(scalar(at: start + length, in: bytes).value) {
                        return slowTrimmed(window, in: bytes, leading: leading, trailing: trailing)
                    }
                    start += length
                } else {
                    // A character that starts with a scalar other than white space is not white space.
                    guard Unicode.Scalar(value)?.properties.isWhitespace == true else { break }
                    return slowTrimmed(window, in: bytes, leading: leading, trailing: trailing)
                }
            }
        }
        if trailing {
            while end > start {
                let scalarStart = scalarStart(before: end, in: bytes)
                let value = scalar(at: scalarStart, in: bytes).value
                guard isPlain(value) else { return slowTrimmed(window, in: bytes, leading: leading, trailing: trailing) }
                // A plain scalar that is not white space starts the last character (or follows a prepended mark).
                guard isPlainWhitespace(value) else { break }
                // White space is the last character alone unless a prepended mark comes before it.
                if scalarStart > start, !isPlain(scalar(at: self.scalarStart(before: scalarStart, in: bytes), in: bytes).value) {
                    return slowTrimmed(window, in: bytes, leading: leading, trailing: trailing)
                }
                end = scalarStart
            }
        }
        return start..<end
    }

    /// ``trimmed(_:in:leading:trailing:)`` by `Character`, for text the byte-level look cannot be sure of.
    private static func slowTrimmed(_ window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, leading: Bool,
                                    trailing: Bool) -> Range<Int> {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[window]), as: UTF8.self)
        var slice = Substring(text)
        if leading { while let first = slice.first, first.isWhitespace { slice.removeFirst() } }
        if trailing { while let last = slice.last, last.isWhitespace { slice.removeLast() } }
        let start = text.utf8.distance(from: text.startIndex, to: slice.startIndex)
        let end = text.utf8.distance(from: text.startIndex, to: slice.endIndex)
        return (window.lowerBound + start)..<(window.lowerBound + end)
    }

    /// `text` without white space at either end, as `StringProtocol.trimmingWhitespace` gives it.
    static func trimmingWhitespace<Text: StringProtocol>(_ text: Text) -> String {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            let range = trimmed(0..<bytes.count, in: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if let result { return result }
        var string = String(text)
        string.makeContiguousUTF8()
        return trimmingWhitespace(string)
    }

    /// Whether every character of `text` is white space (so that trimming it leaves nothing).
    static func isAllWhitespace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in trimmed(0..<bytes.count, in: bytes, trailing: false).isEmpty }
    }

    // MARK: - Words

    /// Whether `bytes[range]`, found in `bytes[window]`, touches no letter on either side
    /// (`Character.isLetter` of the characters around it in the window's text).
    static func isWordBounded(_ range: Range<Int>, window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = range.lowerBound, end = range.upperBound
        // ASCII on both sides of each edge: the edge is between characters, and each neighbour is one byte.
        let startIsSimple = start == window.lowerBound
            || (bytes[start] < 0x80 && bytes[start - 1] < 0x80 && (start - 1 == window.lowerBound || bytes[start - 2] < 0x80)
                && !(bytes[start - 1] == 13 && bytes[start] == 10))
        let endIsSimple = end == window.upperBound
            || (bytes[end] < 0x80 && bytes[end - 1] < 0x80 && !(bytes[end - 1] == 13 && bytes[end] == 10))
        guard startIsSimple, endIsSimple else { return slowIsWordBounded(range, window: window, in: bytes) }
        if start > window.lowerBound, isASCIILetter(bytes[start - 1]) { return false }
        if end < window.upperBound, isASCIILetter(bytes[end]) { return false }
        return true
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// ``isWordBounded(_:window:in:)`` asked of the window's `String`.
    private static func slowIsWordBounded(_ range: Range<Int>, window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[window]), as: UTF8.self)
        let lower = text.utf8.index(text.startIndex, offsetBy: range.lowerBound - window.lowerBound)
        let upper = text.utf8.index(text.startIndex, offsetBy: range.upperBound - window.lowerBound)
        if lower > text.startIndex, text[text.index(before: lower)].isLetter { return false }
        if upper < text.endIndex, text[upper].isLetter { return false }
        return true
    }

    // MARK: - Search


    /// Whether `pattern` (its ASCII letters already folded when `foldingCase`) is at `index` of `bytes`.
    @inline(__always)
    static func matches(_ pattern: UnsafeBufferPointer<UInt8>, at index: Int, in bytes: UnsafeBufferPointer<UInt8>,
                        foldingCase: Bool) -> Bool {
        var offset = 0
        if foldingCase {
            while offset < pattern.count, bytes[index + offset].asciiLowercased == pattern[offset] { offset += 1 }
        } else {
            while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
        }
        return offset == pattern.count
    }

    /// Calls `found` with each occurrence of `pattern` in `bytes[window]`, left to right and not overlapping
    /// (as ``ByteSearch`` finds them), until it returns false.
    @inline(__always)
    static func scan(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>,
                     foldingCase: Bool, _ found: (Range<Int>) -> Bool) {
        let count = pattern.count
        guard count > 0, count <= window.count else { return }
        let first = pattern[0], last = window.upperBound - count
        var index = window.lowerBound
        while index <= last {
            let byte = foldingCase ? bytes[index].asciiLowercased : bytes[index]
            if byte == first, matches(pattern, at: index, in: bytes, foldingCase: foldingCase) {
                guard found(index..<(index + count)) else { return }
                index += count
            } else {
                index += 1
            }
        }
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func holds(_ byte: UInt8, in word: UInt64) -> Bool {
        let value = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
    }

    /// How many times `pattern` (its ASCII letters already folded when `foldingCase`) occurs in `bytes`, as
    /// ``scan(_:in:window:foldingCase:_:)`` finds it (not overlapping): its first byte, in either case, is
    /// looked for with memchr, which reads many bytes at a time.
    static func count(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int {
        guard !pattern.isEmpty, pattern.count <= bytes.count, let base = bytes.baseAddress else { return 0 }
        let first = pattern[0]
        // The first byte's capital, also looked for when case is folded.
        let capital = foldingCase && first &- 0x61 < 26 ? first - 0x20 : nil
        let last = bytes.count - pattern.count
        func next(_ byte: UInt8, from index: Int) -> Int {
            guard let hit = memchr(base + index, Int32(byte), last - index + 1) else { return Int.max }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        var count = 0, index = 0
        var nextFirst = next(first, from: 0), nextCapital = capital.map { next($0, from: 0) } ?? Int.max
        while true {
            index = max(index, min(nextFirst, nextCapital))
            guard index <= last else { return count }
            if matches(pattern, at: index, in: bytes, foldingCase: foldingCase) {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
            guard index <= last else { return count }
            if nextFirst < index { nextFirst = next(first, from: index) }
            if let capital, nextCapital < index { nextCapital = next(capital, from: index) }
        }
    }

    // MARK: - Keys

    /// `bytes[window]` without the colons (`:`, `：`) at either end, as `trimmingCharacters(in: [":", "："])` leaves it.
    static func colonsTrimmed(_ window: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = window.lowerBound, end = window.upperBound
        while start < end {
            if bytes[start] == 0x3A { start += 1 }
            else if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBC, bytes[start + 2] == 0x9A { start += 3 }
            else { break }
        }
        while end > start {
            if bytes[end - 1] == 0x3A { end -= 1 }
            else if end - start >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x9A { end -= 3 }
            else { break }
        }
        return start..<end
    }
}
