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
        let scalars = text.unicodeScalars
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (scalar.value >= 0xC0 && scalar.value <= 0x24F)
        }
        func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32)! }
            guard scalar.value >= 0x80, scalar.properties.changesWhenLowercased else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
        func same(_ a: Range<String.Index>, _ b: Range<String.Index>) -> Bool {
            caseSensitive ? scalars[a].elementsEqual(scalars[b]) : scalars[a].elementsEqual(scalars[b]) { lowered($0) == lowered($1) }
        }
        // Words are ranges of the text: nothing is copied until a doubled one is found.
        var previous: Range<String.Index>?
        var wordStart: String.Index?
        var blanksOnly = false
        var result: String?
        func endWord(at end: String.Index) {
            guard let start = wordStart else { return }
            let word = start..<end
            if result == nil, let previous, blanksOnly, scalars[word].count >= 2, same(previous, word) { result = String(scalars[word]) }
            previous = word
            wordStart = nil
            blanksOnly = true
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isLetter(scalar) {
                if wordStart == nil { wordStart = index }
            } else {
                endWord(at: index)
                if scalar != " " { blanksOnly = false; previous = nil }
            }
            if result != nil { return result }
            index = scalars.index(after: index)
        }
        endWord(at: scalars.endIndex)
        return result
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }
}
