/// Brackets or quotes opened and not closed in the translation (while the source's are balanced).
public struct UnbalancedBracketsRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "unbalanced-brackets", defaultSeverity: .warning, category: .content,
        rationale: "an unclosed bracket or quotation mark garbles the sentence and often swallows a UI label",
        examples: [
            .triggering("zh-CN", "选择“客户。", "Select \"Customers\"."),
            .triggering("ja-JP", "顧客 (省略可能を選びます。", "Select customers (optional)."),
            .passing("zh-CN", "选择“客户”（可选）。", "Select \"Customers\" (optional)."),
            .passing("ja-JP", "1) 顧客を選びます。", "1) Select customers."),
        ])

    static let pairs: [(Character, Character)] = [("(", ")"), ("（", "）"), ("[", "]"), ("「", "」"), ("『", "』"), ("【", "】"), ("“", "”")]

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let target = pair.target.prose, source = pair.source.prose
        var problems: [String] = []
        for (open, close) in Self.pairs {
            let targetBalance = Self.balance(target, open, close)
            guard targetBalance != 0, Self.balance(source, open, close) == 0 || Self.isListNumbering(source, close) == false else { continue }
            if Self.balance(source, open, close) == 0, !Self.isListNumbering(target, close) {
                problems.append(targetBalance > 0 ? "the translation opens '\(open)' without closing it"
                                                  : "the translation closes '\(close)' without opening it")
            }
        }
        let quotes = target.filter { $0 == "\"" }.count
        if quotes % 2 == 1, source.filter({ $0 == "\"" }).count % 2 == 0 {
            problems.append("the translation has an odd number of '\"'")
        }
        return problems
    }

    static func balance(_ text: String, _ open: Character, _ close: Character) -> Int {
        var depth = 0
        for character in text {
            if character == open { depth += 1 } else if character == close { depth -= 1 }
        }
        return depth
    }

    /// "1) Step" style numbering closes a bracket never opened; it is not a mistake.
    static func isListNumbering(_ text: String, _ close: Character) -> Bool {
        guard close == ")" || close == "）" else { return false }
        let trimmed = text.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isNumber || ($0.isLetter && $0.isASCII) }
        return !digits.isEmpty && digits.count <= 2 && trimmed.dropFirst(digits.count).first == close
    }
}
