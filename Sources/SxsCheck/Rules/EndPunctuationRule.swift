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

    public func check(_ document: CheckedDocument, context: CheckContext) -> [Violation] {
        // The pairs share the article's locale: its conventions are looked up once, not for each pair.
        guard let conventions = context.conventions(for: document.locale), !conventions.sentenceEnds.isEmpty else { return [] }
        return violations(in: document) { problems(in: $0, sentenceEnds: conventions.sentenceEnds) }
    }

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        guard let conventions = context.conventions(for: pair.locale), !conventions.sentenceEnds.isEmpty else { return [] }
        return problems(in: pair, sentenceEnds: conventions.sentenceEnds)
    }

    /// The problems of `pair` in a locale whose sentences end with one of `sentenceEnds` (not empty).
    private func problems(in pair: CheckedPair, sentenceEnds: [String]) -> [String] {
        // Most sources do not end with a stop: tell from the bytes before reading characters.
        guard Self.lastNonBlankByte(of: pair.source.plainText) == UInt8(ascii: ".") else { return [] }
        // Most translations end as they should: nothing else to look at.
        if sentenceEnds.contains(where: { Self.endsWith($0, beforeTrailingBlanks: pair.target.plainText) }) { return [] }
        let source = pair.source.plainText.trimmingTrailingSpaces, target = pair.target.plainText.trimmingTrailingSpaces
        // Statements only: a question often becomes a heading-like phrase ("Why …?" → "…理由"), or runs on
        // into the next segment ("Questions?" → "ご質問がある場合は、"); formulas end without a stop.
        guard source.last == ".", !target.isEmpty, !target.hasUTF8Suffix("、"), !target.hasUTF8Suffix("，"),
              !ByteSearch.contains(" = ", in: source), !Self.endsWithAbbreviation(source),
              !pair.targetIsNormalizedSource else { return [] }
        let last: Character = "."
        // A source that ends with a name or a URL ("… at Microsoft.com.") is not required to end a translated sentence.
        guard !target.hasUTF8Suffix(String(source.suffix(12))) || source.count < 12 else { return [] }
        if sentenceEnds.contains(where: { target.hasUTF8Suffix($0) }) { return [] }
        return ["the source ends a sentence with '\(last)' but the translation ends with '\(target.last!)', not with one of \(sentenceEnds.joined(separator: " "))"]
    }
}

extension EndPunctuationRule {
    /// The last byte of `text` that is not part of trailing white space, if any.
    static func lastNonBlankByte(of text: String) -> UInt8? {
        var text = text
        return text.withUTF8 { bytes in
            let end = endBeforeTrailingBlanks(bytes)
            return end > 0 ? bytes[end - 1] : nil
        }
    }

    /// Whether `text`, trailing white space left out, ends with `suffix` (compared as UTF-8).
    static func endsWith(_ suffix: String, beforeTrailingBlanks text: String) -> Bool {
        var text = text, suffix = suffix
        return text.withUTF8 { bytes in
            let end = endBeforeTrailingBlanks(bytes)
            return suffix.withUTF8 { ending in
                ending.count <= end && zip(bytes[(end - ending.count)..<end], ending).allSatisfy { $0 == $1 }
            }
        }
    }

    /// The byte offset where the trailing white space of `bytes` (UTF-8) starts.
    private static func endBeforeTrailingBlanks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x20 || (0x09...0x0D).contains(byte) { end -= 1; continue }
            // A multi-byte character: white space or not, decided on its scalar.
            guard byte >= 0x80 else { break }
            var start = end - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            // The scalar's value, from its lead byte's bits and six bits of each continuation byte.
            let lead = bytes[start]
            var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
            for next in (start + 1)..<end { value = value << 6 | UInt32(bytes[next] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), TextNormalization.isWhitespace(scalar) else { break }
            end = start
        }
        return end
    }

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
    /// Whether the text's UTF-8 ends with `suffix`'s (a byte comparison, no Unicode equivalence).
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
