import SideBySide
/// A translated sentence that does not end the way the locale ends sentences.
public struct EndPunctuationRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "end-punctuation", defaultSeverity: .warning, category: .content,
        rationale: "when the source ends a sentence, the translation ends it with the locale's own punctuation (。 in zh-CN and ja-JP), per locales/<locale>/conventions.yml",
        examples: [
            .triggering("zh-CN", "选择客户.", "Select customers."),
            .triggering("ja-JP", "顧客を選びます", "Select customers."),
            .passing("zh-CN", "选择客户。", "Select customers."),
            .passing("ja-JP", "顧客", "Customers"),
            .passing("zh-CN", "c.", "c."),
            .passing("zh-CN", "英国的 MPN ID", "An MPN ID in U.K."),
            .passing("ja-JP", "ご質問がある場合は、", "Questions?"),
            .passing("ja-JP", "単価 = サービス期間の日数 x ライセンス数", "Unit price = days in service period x number of licenses."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        guard let conventions = context.conventions(for: pair.locale), !conventions.sentenceEnds.isEmpty else {
            return []
        }
        let source = pair.source.plainText.trimmingTrailingSpaces, target = pair.target.plainText.trimmingTrailingSpaces
        // Statements only: a question often becomes a heading-like phrase ("Why …?" → "…理由"), or runs on
        // into the next segment ("Questions?" → "ご質問がある場合は、"); formulas end without a stop.
        guard source.last == ".", !target.isEmpty, !target.hasSuffix("、"), !target.hasSuffix("，"),
              !ByteSearch.contains(" = ", in: source), !Self.endsWithAbbreviation(source),
              pair.target.normalizedText != pair.source.normalizedText else { return [] }
        let last: Character = "."
        // A source that ends with a name or a URL ("… at Microsoft.com.") is not required to end a translated sentence.
        guard !target.hasSuffix(String(source.suffix(12))) || source.count < 12 else { return [] }
        if conventions.sentenceEnds.contains(where: { target.hasSuffix($0) }) { return [] }
        return ["the source ends a sentence with '\(last)' but the translation ends with '\(target.last!)', not with one of \(conventions.sentenceEnds.joined(separator: " "))"]
    }
}

extension EndPunctuationRule {
    /// Whether the text's last word is an abbreviation ("U.K.", "etc.", "e.g."), whose stop ends no sentence.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        let start = text[..<end].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
        let word = text[start..<end]
        guard !word.isEmpty else { return false }
        return word.dropLast().contains(".") || ["etc.", "Inc.", "Ltd.", "Corp."].contains(String(word))
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
