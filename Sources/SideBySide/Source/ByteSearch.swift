import Foundation
import SxsMarkup

/// Substring search on UTF-8 bytes: exact for whole characters (UTF-8 never matches inside a
/// character), optionally with ASCII letters matched regardless of case.
///
/// Foundation's `range(of:)` goes through UTF-16 and Unicode folding for every call; the checks
/// and the step recognizer search every paragraph for a few hundred phrases, where that cost
/// dominated a whole `sxs check`. Phrases here are plain text, and case matters only for
/// English, so ASCII folding is the folding needed.
public enum ByteSearch {
    /// The byte ranges of `needle` in `text`, left to right, not overlapping.
    public static func ranges(of needle: String, in text: String, foldingASCIICase: Bool = false) -> [Range<Int>] {
        var found: [Range<Int>] = []
        scan(needle, in: text, from: 0, foldingASCIICase: foldingASCIICase) { range in
            found.append(range)
            return true
        }
        return found
    }

    /// The byte range of the first `needle` in `text`.
    public static func firstRange(of needle: String, in text: String, foldingASCIICase: Bool = false) -> Range<Int>? {
        var first: Range<Int>?
        scan(needle, in: text, from: 0, foldingASCIICase: foldingASCIICase) { range in
            first = range
            return false
        }
        return first
    }

    /// Whether `text` holds `needle`.
    public static func contains(_ needle: String, in text: String, foldingASCIICase: Bool = false) -> Bool {
        needle.isEmpty || firstRange(of: needle, in: text, foldingASCIICase: foldingASCIICase) != nil
    }

    /// Whether `text` holds `needle`, a literal of ASCII bytes: ``contains(_:in:foldingASCIICase:)``
    /// without its set-up, for the short marks every pair's side is searched for.
    public static func contains(literal needle: StaticString, in text: String) -> Bool {
        let count = needle.utf8CodeUnitCount, pattern = needle.utf8Start
        guard count > 0 else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard count <= bytes.count, let base = bytes.baseAddress else { return false }
            let last = bytes.count - count
            var index = 0
            while index <= last {
                // The next place the needle's first byte is (memchr reads many bytes at a time).
                guard let hit = memchr(base + index, Int32(pattern[0]), last - index + 1) else { return false }
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if memcmp(base + index, pattern, count) == 0 { return true }
                index += 1
            }
            return false
        }
        return found ?? contains(needle.description, in: text)
    }

    /// The first span of `text`, at or after byte `start`, that `open` opens and `close` then closes:
    /// the byte ranges of the two marks.
    public static func firstEnclosed(by open: String, _ close: String, in text: String,
                                     from start: Int = 0) -> (open: Range<Int>, close: Range<Int>)? {
        var opening: Range<Int>?
        scan(open, in: text, from: start, foldingASCIICase: false) { range in
            opening = range
            return false
        }
        guard let opening else { return nil }
        var closing: Range<Int>?
        scan(close, in: text, from: opening.upperBound, foldingASCIICase: false) { range in
            closing = range
            return false
        }
        return closing.map { (opening, $0) }
    }

    /// The byte range of the last `needle` in `text`.
    public static func lastRange(of needle: String, in text: String) -> Range<Int>? {
        var last: Range<Int>?
        scan(needle, in: text, from: 0, foldingASCIICase: false) { range in
            last = range
            return true
        }
        return last
    }

    /// `text`'s index at UTF-8 offset `offset` (constant time for native strings).
    public static func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// `text`'s indices for a byte range found in it.
    public static func indices(_ range: Range<Int>, in text: String) -> Range<String.Index> {
        index(range.lowerBound, in: text)..<index(range.upperBound, in: text)
    }

    /// Calls `found` with each match at or after byte `start`, non-overlapping, until it returns false.
    private static func scan(_ needle: String, in text: String, from start: Int, foldingASCIICase: Bool,
                             _ found: (Range<Int>) -> Bool) {
        var needle = needle, text = text
        needle.withUTF8 { pattern in
            text.withUTF8 { haystack in
                let count = pattern.count
                guard count > 0, count <= haystack.count else { return }
                let last = haystack.count - count
                var index = max(0, start)
                if foldingASCIICase {
                    let first = pattern[0].asciiLowercased
                    while index <= last {
                        if haystack[index].asciiLowercased == first {
                            var offset = 1
                            while offset < count, haystack[index + offset].asciiLowercased == pattern[offset].asciiLowercased { offset += 1 }
                            if offset == count {
                                guard found(index..<(index + count)) else { return }
                                index += count
                                continue
                            }
                        }
                        index += 1
                    }
                } else {
                    let first = Int32(pattern[0])
                    let base = haystack.baseAddress!, needleBase = pattern.baseAddress!
                    while index <= last {
                        // The next place the needle's first byte is (memchr reads many bytes at a time).
                        guard let hit = memchr(base + index, first, last - index + 1) else { return }
                        index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                        if memcmp(base + index, needleBase, count) == 0 {
                            guard found(index..<(index + count)) else { return }
                            index += count
                            continue
                        }
                        index += 1
                    }
                }
            }
        }
    }
}
