import Foundation
import SxsCheck
import SxsCommonMark

/// An English text in the forms the memory compares: plain text, exact-match key, words.
///
/// The **key** of a text is its plain text (Markdown markup removed, entities and escapes resolved)
/// normalised as `sxs check` and `sxs align` normalise sources (``TextNormalization/normalized(_:)``):
/// runs of white space are one space, letters are lower case, typographic quotes are straight ones;
/// nothing else (punctuation, numbers, markup such as bold or link targets) is changed or ignored.
/// Two texts with the same key are an exact (100%) match.
public struct MatchText: Sendable, Hashable {
    /// The text without markup.
    public var plain: String
    /// The exact-match key.
    public var key: String

    /// A text already without markup (a pair's side as the parser read it).
    public init(plain: String) {
        self.plain = plain
        key = TextNormalization.normalized(plain)
    }

    /// A Markdown text (a sentence of an English article, a search query).
    public init(markdown: String) {
        self.init(plain: MatchText.plainText(ofMarkdown: markdown))
    }

    /// The words of the text: pieces between blanks that hold a letter or a digit; in CJK text each
    /// ideograph, kana or hangul syllable counts as one (as CAT tools count them).
    public var wordCount: Int { MatchText.wordCount(plain) }

    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false, wordHasLetter = false
        for scalar in text.unicodeScalars {
            if TextNormalization.isWhitespace(scalar) {
                if inWord, wordHasLetter { count += 1 }
                inWord = false; wordHasLetter = false
            } else if FuzzyScore.isCJK(scalar) {
                if inWord, wordHasLetter { count += 1 }
                inWord = false; wordHasLetter = false
                count += 1
            } else {
                inWord = true
                if wordHasLetter { continue }
                if scalar.isASCII {
                    wordHasLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                } else {
                    wordHasLetter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
            }
        }
        if inWord, wordHasLetter { count += 1 }
        return count
    }

    /// The text of a Markdown fragment as cmark-gfm reads it: text, code and link text kept, HTML dropped.
    static func plainText(ofMarkdown markdown: String) -> String {
        var text = ""
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .text(let value), .code(let value): text += value
            case .softBreak, .lineBreak: text += " "
            case .htmlInline, .htmlBlock: break
            case .codeBlock(_, let literal): text += literal
            default:
                let block = node.kind.isBlock && node.kind != .document
                if block, !text.isEmpty { text += " " }
                node.children.forEach(visit)
            }
        }
        visit(CommonMarkConverter().parse(markdown.trimmingCharacters(in: .whitespacesAndNewlines)))
        return text
    }
}
