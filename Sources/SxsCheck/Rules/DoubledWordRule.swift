/// The same word twice in a row ("the the").
public struct DoubledWordRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "doubled-word", defaultSeverity: .warning, category: .content,
        rationale: "a doubled word is almost always a typing slip, in the translation or in the source",
        examples: [
            .triggering("ja-JP", "パートナー センター", "Sign in to the the dashboard."),
            .triggering("zh-CN", "登录到 Azure Azure 门户。", "Sign in to the Azure portal."),
            .passing("zh-CN", "登录到 Azure 门户。", "Sign in to the Azure portal."),
            .passing("ja-JP", "そのまま", "That that is, is."),
            .passing("zh-CN", "由发布者提供的*产品名称*", "Plan of offer *offer name*"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        var problems: [String] = []
        // Only within one run of text: "offer *offer name*" repeats nothing a reader sees twice.
        if let word = pair.target.textRuns.lazy.compactMap({ Self.doubledWord(in: $0, caseSensitive: false) }).first {
            problems.append("the translation repeats '\(word)'")
        }
        if let word = pair.source.textRuns.lazy.compactMap({ Self.doubledWord(in: $0, caseSensitive: true) }).first,
           !["that", "had", "is"].contains(word) {
            problems.append("the source repeats '\(word)'")
        }
        return problems
    }

    /// The first word (of two or more Latin letters) written twice in a row, separated by blanks only.
    static func doubledWord(in text: String, caseSensitive: Bool) -> String? {
        var previous: Substring.UnicodeScalarView?
        var word = String.UnicodeScalarView()
        var blanksOnly = false
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (scalar.value >= 0xC0 && scalar.value <= 0x24F)
        }
        func same(_ a: Substring.UnicodeScalarView, _ b: String.UnicodeScalarView) -> Bool {
            caseSensitive ? a.elementsEqual(b) : String(a).lowercased() == String(b).lowercased()
        }
        var result: String?
        func endWord() {
            guard !word.isEmpty else { return }
            if result == nil, let previous, blanksOnly, word.count >= 2, same(previous, word) { result = String(word) }
            previous = Substring(String(word)).unicodeScalars
            word = String.UnicodeScalarView()
            blanksOnly = true
        }
        for scalar in text.unicodeScalars {
            if isLetter(scalar) {
                word.append(scalar)
            } else {
                endWord()
                if scalar != " " { blanksOnly = false; previous = nil }
            }
            if result != nil { return result }
        }
        endWord()
        return result
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }
}
