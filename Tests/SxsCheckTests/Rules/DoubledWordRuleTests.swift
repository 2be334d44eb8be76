import SideBySide
@testable import SxsCheck
import SxsTestSupport
import Testing

@Suite struct DoubledWordRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: DoubledWordRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (ja-JP 2021, machine translation).
        let messages = RuleTesting.messages(DoubledWordRule(), "ja-JP", "シルバー learning Learning オプション", "the silver-learning Learning option")
        #expect(messages == ["the translation repeats 'Learning'"])
    }
}

@Suite struct DoubledWordSearchTests {
    @Test func findsWordsRepeatedAcrossBlanksOnly() {
        #expect(DoubledWordRule.doubledWord(in: "select the the option", caseSensitive: true) == "the")
        #expect(DoubledWordRule.doubledWord(in: "Select select it", caseSensitive: false) == "select")
        #expect(DoubledWordRule.doubledWord(in: "Select select it", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "à la Élan élan", caseSensitive: false) == "élan")
        #expect(DoubledWordRule.doubledWord(in: "ends with word word", caseSensitive: true) == "word")
    }

    @Test func ignoresWhatIsNotADoubledWord() {
        #expect(DoubledWordRule.doubledWord(in: "a a b", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "word, word", caseSensitive: true) == nil)
        #expect(DoubledWordRule.doubledWord(in: "选择选择", caseSensitive: false) == nil)
        #expect(DoubledWordRule.doubledWord(in: "Azure 中 Azure", caseSensitive: false) == nil)
        #expect(DoubledWordRule.doubledWord(in: "nospace", caseSensitive: false) == nil)
    }
}

@Suite struct DoubledWordReferenceTests {
    /// The rule's definition read on scalars: words are maximal runs of letters (a–z, A–Z, U+00C0–U+024F),
    /// and the first word of two or more letters that repeats the word before it across spaces only is the answer.
    static func reference(_ text: String, caseSensitive: Bool) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (0xC0...0x24F).contains(scalar.value)
        }
        func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32)! }
            guard scalar.value >= 0x80, scalar.properties.changesWhenLowercased else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
        var words: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isLetter(scalars[index]) else { index += 1; continue }
            let start = index
            while index < scalars.count, isLetter(scalars[index]) { index += 1 }
            words.append(start..<index)
        }
        for (previous, word) in zip(words, words.dropFirst()) where word.count >= 2 && word.count == previous.count {
            guard scalars[previous.upperBound..<word.lowerBound].allSatisfy({ $0 == " " }) else { continue }
            let same = zip(scalars[previous], scalars[word]).allSatisfy { caseSensitive ? $0 == $1 : lowered($0) == lowered($1) }
            if same { return String(String.UnicodeScalarView(scalars[word])) }
        }
        return nil
    }

    @Test(arguments: ["the the", "the  the end", "the\tthe", "the, the", "x ab ab", "ab ab ab", "AB ab", "ab AB.", "İx ix", "éé ÉÉ",
                      "a\u{A0}a", "ab\u{A0}ab", "ab\u{301} ab", "ab ab\u{301}", "Straße straße", "ǅa ǆa", "\u{1F600} \u{1F600}",
                      "中 ab ab 中", "ab 中 ab", "a a", " ab ab", "ab ab ", "éa éb éa éa", "ÀÀ àà", "a", ""])
    func agreesWithTheReference(_ text: String) {
        for caseSensitive in [true, false] {
            #expect(DoubledWordRule.doubledWord(in: text, caseSensitive: caseSensitive) == Self.reference(text, caseSensitive: caseSensitive),
                    "\(text) caseSensitive: \(caseSensitive)")
        }
    }

    @Test func agreesWithTheReferenceOnRandomTexts() {
        let pieces = ["ab", "AB", "the", " ", "  ", "中", "选择", "é", "É", "ÿ", "ɏ", "ɐ", "x", ",", "\u{A0}", "\u{301}", "1", "İ", "\t"]
        var generator = SeededGenerator(seed: 0xD0B1E)
        for _ in 0..<10_000 {
            let text = generator.text(from: pieces, count: 0...8)
            agreesWithTheReference(text)
        }
    }
}

