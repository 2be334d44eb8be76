@testable import SxsCheck
import SxsTestSupport
import Testing

/// Which pairs' English is long enough to be an entry of the consistency index.
@Suite struct ConsistencyEntriesTests {
    /// The byte shortcut for printable ASCII against counting characters.
    @Test func threeCharactersAsCountingSays() {
        let pieces = ["a", " ", "~", "\r", "\n", "\r\n", "\t", "\u{301}", "é", "中", "\u{1F600}", "\u{200D}", "\u{7F}"]
        var generator = SeededGenerator(seed: 0x3C4A)
        for _ in 0..<5_000 {
            let text = generator.text(from: pieces, count: 0...5)
            #expect(ConsistencyIndex.isLongerThanTwoCharacters(text) == (text.count >= 3), "\(text.debugDescription)")
        }
    }
}
