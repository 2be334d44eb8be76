import Foundation

/// How an article's label matched one the product shows.
public enum LabelMatch: String, Sendable, Hashable {
    /// Character for character.
    case exact
    /// Equal after the locale's normalisation (brackets, quotes, widths, spaces, case).
    case normalised
}

/// Matches a label as an article writes it against the labels a page shows in the same locale.
///
/// Normalisation: ja-JP brackets (`[…]`, `【…】`) and quotes (`“”「」『』"'`) are removed, full- and
/// half-width forms are folded (NFKC: `：` is `:`, `Ａ` is `A`, half-width katakana are full-width),
/// spaces are collapsed and dropped next to punctuation and CJK text, and case is ignored.
public enum LabelMatcher {
    /// The characters removed before comparing: label brackets and quotes.
    static let removed: Set<Character> = ["[", "]", "【", "】", "「", "」", "『", "』", "“", "”", "‘", "’", "\"", "'", "«", "»"]

    /// `label` normalised for comparison.
    public static func normalise(_ label: String) -> String {
        let folded = label.precomposedStringWithCompatibilityMapping
        var characters: [Character] = []
        var pendingSpace = false
        for character in folded {
            if removed.contains(character) { continue }
            if character.isWhitespace {
                pendingSpace = !characters.isEmpty
                continue
            }
            if pendingSpace, let last = characters.last, isSpaced(last), isSpaced(character) {
                characters.append(" ")
            }
            pendingSpace = false
            characters.append(character)
        }
        return String(characters).lowercased()
    }

    /// Whether a space next to `character` is kept (between two letters or digits of a spaced script).
    private static func isSpaced(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.value >= 0x2E80 { return false } // CJK, kana, full-width forms
        return character.isLetter || character.isNumber
    }

    /// How `written` matches `shown`, or nil when it does not.
    public static func match(_ written: String, _ shown: String) -> LabelMatch? {
        if written == shown { return .exact }
        return normalise(written) == normalise(shown) ? .normalised : nil
    }

    /// The best match of `written` among `labels`: an exact one first, then a normalised one.
    public static func bestMatch(_ written: String, in labels: [String]) -> LabelMatch? {
        if labels.contains(written) { return .exact }
        let key = normalise(written)
        return labels.contains { normalise($0) == key } ? .normalised : nil
    }

    /// The label of `offered` nearest to `written` by edit distance after normalisation, or nil when none is offered.
    public static func nearest(to written: String, in offered: [String]) -> String? {
        let key = Array(normalise(written))
        var best: (label: String, distance: Int)?
        for label in offered {
            let distance = editDistance(key, Array(normalise(label)))
            if best == nil || distance < best!.distance { best = (label, distance) }
        }
        return best?.label
    }

    /// The Levenshtein distance between two character sequences.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
