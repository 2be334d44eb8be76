import SxsMarkup

/// Phrases looked for together in one pass over a text.
///
/// Each phrase is found exactly where a search for it alone (``UTF8Text/scan(_:in:window:foldingCase:_:)``)
/// finds it: left to right, each occurrence after the end of its previous one. Phrases are indexed by
/// their first three bytes (a CJK character, or three letters), so a position of the text is compared
/// only with the few phrases that can start there.
struct PhraseSet: Sendable {
    /// Every phrase's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each phrase starts in `bytes`, and after the last one, where it ends.
    private var starts: [Int] = [0]
    /// The phrases of each bucket of first-three-byte hashes: bucket `b` holds `members[heads[b]..<heads[b + 1]]`.
    private var heads: [Int]
    private var members: [Int]
    /// One bit per pair of first two bytes, set when a phrase of three bytes or more starts with that pair:
    /// most positions of a text need no more than this.
    private var startPairs: [UInt64]
    /// The phrases of one or two bytes, tried at every position.
    private var short: [Int]

    private static let bucketCount = 1024

    /// The set of `phrases` (their ASCII letters already folded if they are to be found regardless of case);
    /// a phrase is known by its index in `phrases`.
    init(_ phrases: [[UInt8]]) {
        for phrase in phrases {
            bytes += phrase
            starts.append(bytes.count)
        }
        var counts = [Int](repeating: 0, count: Self.bucketCount + 1)
        for phrase in phrases where phrase.count >= 3 { counts[Self.bucket(phrase[0], phrase[1], phrase[2]) + 1] += 1 }
        for bucket in 0..<Self.bucketCount { counts[bucket + 1] += counts[bucket] }
        heads = counts
        startPairs = [UInt64](repeating: 0, count: 65536 / 64)
        for phrase in phrases where phrase.count >= 3 {
            let pair = Self.pair(phrase[0], phrase[1])
            startPairs[pair / 64] |= 1 << UInt64(pair % 64)
        }
        var next = counts
        members = [Int](repeating: 0, count: counts[Self.bucketCount])
        for (index, phrase) in phrases.enumerated() where phrase.count >= 3 {
            let bucket = Self.bucket(phrase[0], phrase[1], phrase[2])
            members[next[bucket]] = index
            next[bucket] += 1
        }
        short = phrases.indices.filter { (1...2).contains(phrases[$0].count) }
    }

    @inline(__always)
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// How many phrases the set holds.
    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func bucket(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        Int((UInt32(first) &* 961 &+ UInt32(second) &* 31 &+ UInt32(third)) & UInt32(bucketCount - 1))
    }

    /// Calls `found` with each occurrence in `text[window]` (the phrase's index and its byte range), by position.
    func occurrences(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, foldingCase: Bool,
                     _ found: (Int, Range<Int>) -> Void) {
        guard count > 0, !window.isEmpty else { return }
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                heads.withUnsafeBufferPointer { heads in
                    members.withUnsafeBufferPointer { members in
                        startPairs.withUnsafeBufferPointer { startPairs in
                            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { nextStart in
                                // Where each phrase may next start: after the end of its previous occurrence.
                                nextStart.initialize(repeating: 0)
                                @inline(__always) func byte(_ index: Int) -> UInt8 {
                                    foldingCase ? text[index].asciiLowercased : text[index]
                                }
                                @inline(__always) func report(_ phrase: Int, at index: Int) {
                                    let start = starts[phrase], length = starts[phrase + 1] - start
                                    guard index >= nextStart[phrase], index + length <= window.upperBound,
                                          UTF8Text.matches(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]),
                                                           at: index, in: text, foldingCase: foldingCase) else { return }
                                    found(phrase, index..<(index + length))
                                    nextStart[phrase] = index + length
                                }
                                @inline(__always) func reportLong(at index: Int) {
                                    let bucket = Self.bucket(byte(index), byte(index + 1), byte(index + 2))
                                    for member in heads[bucket]..<heads[bucket + 1] { report(members[member], at: index) }
                                }
                                var index = window.lowerBound
                                guard !short.isEmpty else {
                                    // Only phrases of three bytes or more: only where a pair of bytes starts one. No
                                    // pair starts with a byte inside a character, so bytes are gone through one by one.
                                    let end = window.upperBound - 2
                                    while true {
                                        index = Self.firstPairStart(from: index, before: end, in: text, pairs: startPairs,
                                                                    foldingCase: foldingCase)
                                        guard index < end else { return }
                                        reportLong(at: index)
                                        index += 1
                                    }
                                }
                                while index < window.upperBound {
                                    // A phrase starts with a character, never inside one: go from character to character.
                                    let lead = text[index]
                                    if lead & 0xC0 == 0x80 {
                                        index += 1
                                        continue
                                    }
                                    if index + 2 < window.upperBound {
                                        // Folding leaves every byte but an ASCII capital as it is.
                                        let first = byte(index), second = byte(index + 1)
                                        let pair = Self.pair(first, second)
                                        if startPairs[pair / 64] & (1 << UInt64(pair % 64)) != 0 { reportLong(at: index) }
                                    }
                                    for phrase in short { report(phrase, at: index) }
                                    index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension PhraseSet {
    /// The first position from `start` up to `end` (exclusive; `end` if none) whose byte and the next,
    /// folded if `foldingCase`, are a pair of `pairs`: one bit per pair, as ``startPairs`` holds them.
    static func firstPairStart(from start: Int, before end: Int, in text: UnsafeBufferPointer<UInt8>,
                               pairs: UnsafeBufferPointer<UInt64>, foldingCase: Bool) -> Int {
        var index = start
        if foldingCase {
            while index < end {
                let pair = Self.pair(text[index].asciiLowercased, text[index + 1].asciiLowercased)
                if pairs[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0 { return index }
                index &+= 1
            }
        } else {
            while index < end {
                let pair = Self.pair(text[index], text[index + 1])
                if pairs[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0 { return index }
                index &+= 1
            }
        }
        return max(index, end)
    }
}

/// Words as UTF-8 bytes one after the other in one buffer, in order, each known by its index: going
/// through them touches one buffer, not one array per word.
struct WordList: Sendable {
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes` (it starts where the one before ends).
    private var ends: [Int] = []

    init(_ words: [[UInt8]]) {
        for word in words {
            bytes += word
            ends.append(bytes.count)
        }
    }

    var isEmpty: Bool { ends.isEmpty }

    /// The index of the first word for which `predicate` of its bytes is true.
    func firstIndex(where predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                var start = 0
                for (index, end) in ends.enumerated() {
                    if predicate(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return index }
                    start = end
                }
                return nil
            }
        }
    }

    /// Whether `predicate` is true of some word's bytes.
    func contains(where predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        firstIndex(where: predicate) != nil
    }
}
