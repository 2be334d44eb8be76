import SideBySide
@testable import SxsProcedures
import SxsMarkup
import SxsTestSupport
import Testing

/// A phrase set finds each phrase where a search for it alone finds it, position by position.
@Suite struct PhraseSetTests {
    /// Each occurrence the set reports, in the order it reports them.
    static func occurrences(of set: PhraseSet, in text: [UInt8], window: Range<Int>, foldingCase: Bool) -> [(phrase: Int, range: Range<Int>)] {
        var found: [(phrase: Int, range: Range<Int>)] = []
        text.withUnsafeBufferPointer { bytes in
            set.occurrences(in: bytes, window: window, foldingCase: foldingCase) { found.append(($0, $1)) }
        }
        return found
    }

    /// Each phrase searched for alone (``UTF8Text/scan(_:in:window:foldingCase:_:)``), by position, then phrase.
    static func reference(_ phrases: [[UInt8]], in text: [UInt8], window: Range<Int>, foldingCase: Bool) -> [(phrase: Int, range: Range<Int>)] {
        var found: [(phrase: Int, range: Range<Int>)] = []
        text.withUnsafeBufferPointer { bytes in
            for (index, phrase) in phrases.enumerated() {
                phrase.withUnsafeBufferPointer { phrase in
                    UTF8Text.scan(phrase, in: bytes, window: window, foldingCase: foldingCase) { found.append((index, $0)); return true }
                }
            }
        }
        return found.sorted { ($0.range.lowerBound, $0.phrase) < ($1.range.lowerBound, $1.phrase) }
    }

    static func expectSame(_ phrases: [[UInt8]], in text: [UInt8], window: Range<Int>, foldingCase: Bool) {
        let folded = foldingCase ? phrases.map { $0.map(\.asciiLowercased) } : phrases
        let found = occurrences(of: PhraseSet(folded), in: text, window: window, foldingCase: foldingCase)
        // Reported by position; at one position, in any order.
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.range.lowerBound <= $1.range.lowerBound })
        let sorted = found.sorted { ($0.range.lowerBound, $0.phrase) < ($1.range.lowerBound, $1.phrase) }
        let expected = reference(folded, in: text, window: window, foldingCase: foldingCase)
        #expect(sorted.map(\.phrase) == expected.map(\.phrase) && sorted.map(\.range) == expected.map(\.range),
                "\(String(decoding: text, as: UTF8.self).debugDescription) \(window)")
    }

    @Test func writtenExamples() {
        let phrases = ["select", "select the", "go to", "in", "a", "单击", "选择", "“", "é", "sign in", "ab"].map { Array($0.utf8) }
        for text in ["Select the Customers page, then go to Sign In.", "单击“选择”。", "Sélect é select", "aaa abab ab", "", "in",
                     "SELECT THE GO TO", "选择选择选择", "sig", "Go To", "sign in"] {
            let bytes = Array(text.utf8)
            for foldingCase in [false, true] {
                Self.expectSame(phrases, in: bytes, window: 0..<bytes.count, foldingCase: foldingCase)
                Self.expectSame(phrases.filter { $0.count >= 3 }, in: bytes, window: 0..<bytes.count, foldingCase: foldingCase)
            }
        }
    }

    @Test func randomPhrasesInRandomTexts() {
        let pieces = ["a", "b", "A", "B", "s", "S", "e", "E", " ", "ab", "se", "Se", "é", "É", "选", "择", "“", "”", "😀", ".", "in", "IN"]
        var generator = SeededGenerator(seed: 0x9_4A5E)
        func random(_ count: ClosedRange<Int>) -> [UInt8] {
            Array(generator.text(from: pieces, count: count).utf8)
        }
        for _ in 0..<3_000 {
            var phrases = (0..<Int.random(in: 0...8, using: &generator)).map { _ in random(1...4) }
            // Without phrases of one or two bytes, the set looks only where a pair of bytes starts a phrase.
            if Bool.random(using: &generator) { phrases = phrases.filter { $0.count >= 3 } }
            let text = random(0...30)
            let start = Int.random(in: 0...text.count, using: &generator)
            // Windows start and end between characters, as text runs do.
            let window = text.isEmpty || Bool.random(using: &generator) ? 0..<text.count
                : Self.characterStart(atOrBefore: start, in: text)..<text.count
            Self.expectSame(phrases, in: text, window: window, foldingCase: Bool.random(using: &generator))
        }
    }

    static func characterStart(atOrBefore index: Int, in text: [UInt8]) -> Int {
        var index = index
        while index > 0, index < text.count, text[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
