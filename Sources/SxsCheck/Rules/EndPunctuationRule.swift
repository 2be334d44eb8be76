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
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        guard let conventions = context.conventions(for: pair.locale), !conventions.sentenceEnds.isEmpty else {
            return []
        }
        let source = pair.source.plainText.trimmingTrailingSpaces, target = pair.target.plainText.trimmingTrailingSpaces
        guard let last = source.last, ".!?".contains(last), !target.isEmpty else { return [] }
        // A source that ends with a name or a URL ("… at Microsoft.com.") is not required to end a translated sentence.
        guard !target.hasSuffix(String(source.suffix(12))) || source.count < 12 else { return [] }
        if conventions.sentenceEnds.contains(where: { target.hasSuffix($0) }) { return [] }
        return ["the source ends a sentence with '\(last)' but the translation ends with '\(target.last!)', not with one of \(conventions.sentenceEnds.joined(separator: " "))"]
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
