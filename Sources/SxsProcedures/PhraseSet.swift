/// Phrases looked for together in one pass over a text.
///
/// Each phrase is found exactly where a search for it alone (``UTF8Text/scan(_:in:window:foldingCase:_:)``)
/// finds it: left to right, each occurrence after the end of its previous one. Phrases are indexed by
/// their first two bytes, so a position of the text is compared only with the few phrases that can start there.
struct PhraseSet: Sendable {
    /// Every phrase's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each phrase starts in `bytes`, and after the last one, where it ends.
    private var starts: [Int] = [0]
    /// The phrases of each bucket of first-two-byte hashes: bucket `b` holds `members[heads[b]..<heads[b + 1]]`.
    private var heads: [Int]
    private var members: [Int]
    /// The phrases of a single byte, tried at every position.
    private var singles: [Int]

    private static let bucketCount = 256

    /// The set of `phrases` (their ASCII letters already folded if they are to be found regardless of case);
    /// a phrase is known by its index in `phrases`.
    init(_ phrases: [[UInt8]]) {
        for phrase in phrases {
            bytes += phrase
            starts.append(bytes.count)
        }
        var counts = [Int](repeating: 0, count: Self.bucketCount + 1)
        for phrase in phrases where phrase.count >= 2 { counts[Self.bucket(phrase[0], phrase[1]) + 1] += 1 }
        for bucket in 0..<Self.bucketCount { counts[bucket + 1] += counts[bucket] }
        heads = counts
        var next = counts
        members = [Int](repeating: 0, count: counts[Self.bucketCount])
        for (index, phrase) in phrases.enumerated() where phrase.count >= 2 {
            let bucket = Self.bucket(phrase[0], phrase[1])
            members[next[bucket]] = index
            next[bucket] += 1
        }
        singles = phrases.indices.filter { phrases[$0].count == 1 }
    }

    /// How many phrases the set holds.
    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        Int((UInt32(first) &* 251 &+ UInt32(second)) & UInt32(bucketCount - 1))
    }

    /// Calls `found` with each occurrence in `text[window]` (the phrase's index and its byte range), by position.
    func occurrences(in text: UnsafeBufferPointer<UInt8>, window: Range<Int>, foldingCase: Bool,
                     _ found: (Int, Range<Int>) -> Void) {
        guard count > 0, !window.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { nextStart in
            // Where each phrase may next start: after the end of its previous occurrence.
            nextStart.initialize(repeating: 0)
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    heads.withUnsafeBufferPointer { heads in
                        members.withUnsafeBufferPointer { members in
                            var index = window.lowerBound
                            let end = window.upperBound
                            while index < end {
                                let first = foldingCase ? UTF8Text.folded(text[index]) : text[index]
                                if index + 1 < end {
                                    let second = foldingCase ? UTF8Text.folded(text[index + 1]) : text[index + 1]
                                    let bucket = Self.bucket(first, second)
                                    for member in heads[bucket]..<heads[bucket + 1] {
                                        let phrase = members[member]
                                        let start = starts[phrase], length = starts[phrase + 1] - start
                                        guard bytes[start] == first, bytes[start + 1] == second, index >= nextStart[phrase],
                                              index + length <= end,
                                              UTF8Text.matches(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]),
                                                               at: index, in: text, foldingCase: foldingCase) else { continue }
                                        found(phrase, index..<(index + length))
                                        nextStart[phrase] = index + length
                                    }
                                }
                                for phrase in singles where bytes[starts[phrase]] == first && index >= nextStart[phrase] {
                                    found(phrase, index..<(index + 1))
                                    nextStart[phrase] = index + 1
                                }
                                index += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
