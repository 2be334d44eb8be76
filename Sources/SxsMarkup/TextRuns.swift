#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The long runs of plain text in one input of ``HTMLTokenizer``, and a copy of the input with each
/// run collapsed to one byte, which libxml2 reads to the same tags without decoding the text.
///
/// libxml2 (2.9.14, `HTMLparser.c`) spends about half its time decoding text between tags that the
/// tokenizer ignores. This type only decides, with a byte scan, where text *may* be collapsed:
/// libxml2 still reads all the markup, and its result on the collapsed copy is kept only if the
/// check in ``restore(_:)`` passes; otherwise the tokenizer reads the input again as it is.
/// Nothing here parses markup.
///
/// A *run* is plain text between a `>` (or the start of the input) and the next `<`, with no `<`
/// or `>` in between. It starts at a non-blank byte (not space, tab, LF or CR), at offset 4 or
/// later (libxml2 sniffs the encoding from the first 4 bytes), and ends before the next `<`, `-`,
/// `'`, `"` or `&`. Another run may start after a `-`, `'` or `"`, or after an `&` once a `;` or a
/// blank has ended any entity reference; none starts after a control byte other than a blank (one
/// can end a DOCTYPE literal early). Runs shorter than ``shortestRun`` are left as they are, and
/// no input holding `<meta` is collapsed (a meta charset switches libxml2's decoding of what
/// follows, and with it every offset).
///
/// Why libxml2 reads the collapsed copy to the same tags:
/// - As text (`htmlParseCharDataInternal`) only `<`, `&` and NUL stop a read, none of them in a
///   run. The text is handed out in chunks of 1000 bytes: up to the chunk holding the first
///   placeholder of a text, the two reads match event for event (the run's first character and `x`
///   are one non-blank character each). A chunk with a non-blank byte calls `htmlCheckParagraph`,
///   which acts only on the first of a text (it pushes `p`, after which it does nothing), and the
///   chunk holding a run's first character is non-blank either way; the other chunks only report
///   characters, which the tokenizer uses only to move its last position (see below).
///   `areBlanks` has no side effect.
/// - As `<script>`/`<style>` content (`htmlParseScript`) only `</` followed by a letter ends it; a
///   run has no `<`, and its chunks too only move the last position.
/// - A comment ends only at `-->` or `--!>`: a run holds no `-` or `>`, and an `x` next to a `-`
///   makes no `--`. A comment over a run is reported over its placeholder: the check falls back.
/// - A run holds no quote, so quoted values and literals pair the same quotes. A run inside a tag
///   (only possible after a quoted value holding a `>`) is inside the range the tag is reported
///   at: the check falls back. A tag libxml2 discards, a DOCTYPE, or an unterminated comment or
///   quote that swallows the rest of the input reports nothing of a run either way. A processing
///   instruction or an end tag ends at its first `>`, so it cannot hold a run; `<![CDATA[` is text.
/// - An entity or character reference ends before the next `;` or blank: no run is read into one.
/// - What the tokenizer records depends on a run only through positions. The last position
///   reported in a text (`TokenizerState.lastEnd`) lands, in both reads, somewhere in that text,
///   where there is no `<` to find, so every later search finds the same `<`. A callback made
///   after the first placeholder of a text (an implied `p`, or a `head` it closes) that did record
///   a tag would record one from before the text to past the placeholder: the check falls back.
/// - SHRINK, GROW and the line counts do not change what is read. The input is valid UTF-8 and
///   stays so (a run is whole characters), so no encoding switch happens.
///
/// The check: no tag's range, in collapsed offsets, covers a placeholder byte. Then every tag
/// boundary sits outside the runs and maps back by adding the bytes removed before it; attribute
/// values are libxml2's copies of bytes outside the runs, so they are the input's.
///
/// libxml2's XML parser may read the collapsed copy in place of the HTML parser (see
/// ``WellFormedFragment``): it keeps only tags the HTML parser reads the same in that copy, which
/// by the above are those of the input.
final class TextRuns {
    /// The fewest bytes a run must have to be collapsed.
    static let shortestRun = 8
    /// The fewest bytes collapsing must remove from an input for it to be read collapsed.
    static let leastSaving = 32
    /// The byte each run is collapsed to.
    static let placeholder = UInt8(ascii: "x")

    /// The runs of the current input, in order: the start and end offset of each, one after the other.
    ///
    /// Only this object's methods use it, one at a time, on the tokenizer's thread.
    @exclusivity(unchecked) private var bounds: [Int] = []
    /// The memory behind ``collapsed``, kept from input to input.
    private var storage: UnsafeMutablePointer<UInt8>?
    /// How many bytes ``storage`` holds.
    private var capacity = 0
    /// The current input with its runs collapsed, once ``find(in:)`` returned true.
    private(set) var collapsed = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    deinit { storage?.deallocate() }

    /// Finds the runs of `bytes` and writes ``collapsed``; false (and nothing written) when
    /// collapsing would not remove ``leastSaving`` bytes or the input may not be collapsed.
    func find(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bounds.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var saving = 0
        // The text before the first `<`, then, after each `<`, what follows the last `>` before the next `<`.
        var segmentStart = 0
        while segmentStart < count, let found = memchr(base + segmentStart, Int32(UInt8(ascii: "<")), count - segmentStart) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var textStart = segmentStart == 0 ? 0 : -1
            var from = segmentStart
            while from < end, let close = memchr(base + from, Int32(UInt8(ascii: ">")), end - from) {
                textStart = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                from = textStart
            }
            if textStart >= 0, end - textStart >= Self.shortestRun {
                // Offset 4 may fall inside a character: a run starts on a character's first byte.
                var runStart = max(textStart, 4)
                while runStart < end, base[runStart] & 0xC0 == 0x80 { runStart += 1 }
                saving += collectRuns(base, in: runStart..<end)
            }
            if end + 4 < count, base[end + 1] | 0x20 == UInt8(ascii: "m"), base[end + 2] | 0x20 == UInt8(ascii: "e"),
               base[end + 3] | 0x20 == UInt8(ascii: "t"), base[end + 4] | 0x20 == UInt8(ascii: "a") {
                return false
            }
            segmentStart = end + 1
        }
        guard saving >= Self.leastSaving else { return false }
        write(collapsing: base, count: count, saving: saving)
        return true
    }

    /// Adds to ``bounds`` the runs of `text`, text between a `>` and a `<`; returns the bytes they save.
    ///
    /// A run starts at a non-blank byte and stops before a `-`, `'` or `"` (a new run may start
    /// after it), an `&` (a new one may start after the next `;` or blank, where any entity
    /// reference has ended), or a control byte other than a blank (no run follows it).
    private func collectRuns(_ base: UnsafePointer<UInt8>, in text: Range<Int>) -> Int {
        var saving = 0
        var start = text.lowerBound
        while start < text.upperBound {
            while start < text.upperBound, Self.isBlank(base[start]) { start += 1 }
            let stop = Self.nextStop(base, from: start, to: text.upperBound)
            if stop - start >= Self.shortestRun {
                bounds.append(start)
                bounds.append(stop)
                saving += stop - start - 1
            }
            guard stop < text.upperBound else { break }
            switch base[stop] {
            case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                start = stop + 1
            case UInt8(ascii: "&"):
                var next = stop + 1
                while next < text.upperBound, base[next] != UInt8(ascii: ";"), !Self.isBlank(base[next]) { next += 1 }
                start = next + 1
            default:
                return saving
            }
        }
        return saving
    }

    /// The offset of the first byte from `start` to `end` that stops a run: `-`, `'`, `"`, `&`, or
    /// a control byte other than a tab, LF or CR; `end` when there is none.
    ///
    /// Eight bytes are looked at together: text without such a byte (all of CJK) is passed over
    /// a word at a time.
    private static func nextStop(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= end {
            // The first byte is the lowest in the word, where the flag found is exact.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if word & highs != highs {
                // `&` and `'` (0x26, 0x27) are one test: with the low bit set, both are 0x27.
                let found = word.bytes(below: 0x20) | word.bytes(equalTo: 0x22) | (word | 0x0101_0101_0101_0101).bytes(equalTo: 0x27)
                    | word.bytes(equalTo: 0x2D)
                if found != 0 {
                    let at = index + found.trailingZeroBitCount / 8
                    if !isBlank(base[at]) { return at }
                    index = at + 1
                    continue
                }
            }
            index += 8
        }
        while index < end {
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "&"): return index
            case 0x09, 0x0A, 0x0D: break
            case ..<0x20: return index
            default: break
            }
            index += 1
        }
        return end
    }

    /// Writes ``collapsed``: the `count` bytes at `base` with each run of ``bounds`` made one placeholder.
    private func write(collapsing base: UnsafePointer<UInt8>, count: Int, saving: Int) {
        let length = count - saving
        if capacity < length {
            storage?.deallocate()
            capacity = max(length, 2 * capacity)
            storage = .allocate(capacity: capacity)
        }
        guard let storage else { return }
        bounds.withUnsafeBufferPointer { bounds in
            var written = 0
            var copied = 0
            var run = 0
            while run < bounds.count {
                let start = bounds[run]
                (storage + written).update(from: base + copied, count: start - copied)
                written += start - copied
                storage[written] = Self.placeholder
                written += 1
                copied = bounds[run + 1]
                run += 2
            }
            (storage + written).update(from: base + copied, count: count - copied)
        }
        collapsed = UnsafeBufferPointer(start: storage, count: length)
    }

    /// Moves the ranges of `list`, read from ``collapsed``, to the input's offsets; false when a tag
    /// covers a placeholder, so the input must be read as it is (and `list` is to be thrown away).
    func restore(_ list: inout HTMLTagList) -> Bool {
        bounds.withUnsafeBufferPointer { bounds in
            // The runs whose placeholder comes before the current tag, and the bytes they removed;
            // tags come in input order but for rare ones, for which the count starts over.
            var runsBefore = 0
            var removedBefore = 0
            var lastStart = 0
            return list.moveRanges { range in
                if range.lowerBound < lastStart {
                    runsBefore = 0
                    removedBefore = 0
                }
                lastStart = range.lowerBound
                while 2 * runsBefore < bounds.count, bounds[2 * runsBefore] - removedBefore < range.lowerBound {
                    removedBefore += bounds[2 * runsBefore + 1] - bounds[2 * runsBefore] - 1
                    runsBefore += 1
                }
                // The next placeholder must not lie inside the tag; then no later one does either.
                if 2 * runsBefore < bounds.count, bounds[2 * runsBefore] - removedBefore < range.upperBound { return nil }
                return removedBefore
            }
        }
    }

    /// Whether libxml2 reads `byte` as a blank (`IS_BLANK_CH`).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
