import SxsCheck

/// How alike two texts are, 0–100, as CAT tools score fuzzy matches: 100 minus the token-level edit
/// distance in percent of the longer text.
///
/// Both texts are normalised like exact-match keys (``MatchText``: white space, case, typographic
/// quotes) and cut into tokens: a run of letters, digits and marks is one token (a word), every
/// other visible character is a token of its own (punctuation counts), and each CJK character
/// (ideograph, kana, hangul) is a token of its own, so Chinese and Japanese are compared character
/// by character. The score is `floor(100 × (1 − d / max(m, n)))`, with `d` the Levenshtein distance
/// between the token sequences (insertions, deletions and substitutions of whole tokens cost 1) and
/// `m`, `n` their lengths: identical texts score 100, one word changed in ten scores 90, texts with no
/// token in place score 0; two empty texts score 100. Reordering costs one substitution per token
/// moved out of place (no transposition credit). Only identical token sequences reach 100.
public struct FuzzyScore: Sendable, Hashable, Comparable {
    /// 0–100.
    public var value: Int

    public init(value: Int) { self.value = value }

    /// The score of `candidate` against `text`.
    public init(_ text: String, _ candidate: String) {
        self.init(tokens: FuzzyScore.tokens(TextNormalization.normalized(text)),
                  FuzzyScore.tokens(TextNormalization.normalized(candidate)))
    }

    /// The score of two token sequences (``tokens(_:)`` of normalised texts).
    public init(tokens a: [String], _ b: [String]) {
        let longest = max(a.count, b.count)
        guard longest > 0 else { value = 100; return }
        let distance = FuzzyScore.distance(a, b)
        value = Int((100 * (longest - distance)) / longest)
    }

    public static func < (lhs: FuzzyScore, rhs: FuzzyScore) -> Bool { lhs.value < rhs.value }

    /// The tokens of `text` (already normalised): words, single punctuation marks, single CJK characters.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty { tokens.append(String(word)); word = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace {
                flush()
            } else if isCJK(scalar) {
                flush()
                tokens.append(String(scalar))
            } else if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                        || properties.generalCategory == .spacingMark {
                word.append(scalar)
            } else {
                flush()
                tokens.append(String(scalar))
            }
        }
        flush()
        return tokens
    }

    /// Whether the character is written one per word in CJK text: Han ideographs, kana, hangul.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, // hiragana, katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, // Han
             0xAC00...0xD7AF, 0xFF66...0xFF9F: // hangul syllables, half-width katakana
            return true
        default:
            return false
        }
    }

    /// The Levenshtein distance between two token sequences, in two rows of memory.
    static func distance(_ a: [String], _ b: [String]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Tokens compared as small integers.
        var ids: [String: Int] = [:]
        let x = a.map { token in ids[token] ?? { ids[token] = ids.count; return ids.count - 1 }() }
        let y = b.map { token in ids[token] ?? { ids[token] = ids.count; return ids.count - 1 }() }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
