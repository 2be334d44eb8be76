import Foundation
import SideBySide
/// A translation identical to its English source, where the source is ordinary English.
public struct UntranslatedRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "untranslated", defaultSeverity: .warning, category: .content,
        rationale: "a translation that is the English text was most likely never translated; product names, codes and numbers may stay",
        examples: [
            .triggering("zh-CN", "Sign in to the dashboard.", "Sign in to the dashboard."),
            .passing("zh-CN", "Microsoft Partner Network", "Microsoft Partner Network"),
            .passing("ja-JP", "Office 365 E3", "Office 365 E3"),
            .passing("zh-CN", "9b05d0b7-cfb4-42f1-9cc3-f698dba2838e", "9b05d0b7-cfb4-42f1-9cc3-f698dba2838e"),
            .passing("ja-JP", "Cycle instance prorate", "Cycle instance prorate"),
            .passing("ja-JP", "Prorate fees when purchase", "Prorate fees when purchase"),
            .passing("ja-JP", "Extended Dial-out Minutes to USA/CAN for students", "Extended Dial-out Minutes to USA/CAN for students"),
            .passing("ja-JP", "ダッシュボードにサインインします。", "Sign in to the dashboard."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // An empty normalized source makes an empty translation equal to it: that is not untranslated.
        guard !pair.normalizedSource.isEmpty, pair.targetIsNormalizedSource else { return [] }
        // Ordinary English has lower-case words; names, codes and numbers do not.
        var prose = pair.source.prose
        for term in context.conventions(for: pair.locale)?.allowlist ?? [] where ByteSearch.contains(term, in: prose) {
            prose = Self.replacing(term, in: prose)
        }
        // A sentence ends with a stop or has eight tokens: without a stop, text with fewer than seven blanks
        // is none, and is not split into tokens.
        let endsWithStop = pair.source.plainText.last.map { ".!?".contains($0) } == true
        guard endsWithStop || Self.mostTokens(in: prose) >= 8 else { return [] }
        // Words are blank-separated tokens of letters only (not codes such as 9b05d0b7-cfb4).
        let tokens = Self.tokens(of: prose)
        let lowercaseWords = tokens.filter { word in
            word.count >= 2 && word.allSatisfy { $0.isLowercase && $0.isASCII }
        }
        let isSentence = tokens.count >= 8 || endsWithStop
        // Mostly capitalised words make a name (a product or SKU), which stays in English.
        let capitalised = tokens.filter { $0.first?.isUppercase == true }.count
        let isName = capitalised * 2 >= tokens.count
        return lowercaseWords.count >= 2 && isSentence && !isName ? ["the translation is the English source itself: it was not translated"] : []
    }

    /// The pieces of `prose` between white space, each without the punctuation at its ends
    /// (`CharacterSet.punctuationCharacters`); a piece of punctuation alone is an empty token.
    static func tokens(of prose: String) -> [String] {
        asciiTokens(of: prose) ?? prose.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
    }

    /// ``tokens(of:)`` of ASCII prose, read on its bytes; nil for other prose.
    ///
    /// In ASCII every scalar is a character but for `\r\n`, which is white space as its two scalars are,
    /// and the white space characters are the blanks tab to carriage return and the space: the pieces and
    /// their trimmed ends are those the characters give, without Foundation's character sets.
    static func asciiTokens(of prose: String) -> [String]? {
        WordDiff.asciiWords(prose, trimming: InconsistentSourceRule.asciiPunctuation)
    }

    /// `prose` with each `term` in it replaced by a blank, as `replacingOccurrences(of:with:)` replaces it.
    ///
    /// When both are printable ASCII, Foundation's comparison is byte equality (no character is composed
    /// or joined to another): the terms are found and replaced on bytes.
    static func replacing(_ term: String, in prose: String) -> String {
        func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy { (0x20...0x7E).contains($0) } }
        guard !term.isEmpty, isPrintableASCII(term), isPrintableASCII(prose) else { return prose.replacingOccurrences(of: term, with: " ") }
        let bytes = Array(prose.utf8)
        var replaced: [UInt8] = []
        replaced.reserveCapacity(bytes.count)
        var kept = 0
        for range in ByteSearch.ranges(of: term, in: prose) {
            replaced += bytes[kept..<range.lowerBound]
            replaced.append(UInt8(ascii: " "))
            kept = range.upperBound
        }
        replaced += bytes[kept...]
        return String(decoding: replaced, as: UTF8.self)
    }

    /// At least as many tokens as `text` splits into at white space (`Character.isWhitespace`): one more than
    /// the bytes that may start a white-space character.
    ///
    /// A white-space character starts with a white-space scalar: an ASCII blank or control (tab to carriage
    /// return, space), or a scalar written with several bytes, each counted at its lead byte.
    static func mostTokens(in text: String) -> Int {
        var blanks = 0
        for byte in text.utf8 where byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0xC0 { blanks += 1 }
        return blanks + 1
    }
}
