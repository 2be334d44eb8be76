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
            prose = prose.replacingOccurrences(of: term, with: " ")
        }
        // Words are blank-separated tokens of letters only (not codes such as 9b05d0b7-cfb4).
        let tokens = prose.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        let lowercaseWords = tokens.filter { word in
            word.count >= 2 && word.allSatisfy { $0.isLowercase && $0.isASCII }
        }
        let isSentence = tokens.count >= 8 || pair.source.plainText.last.map { ".!?".contains($0) } == true
        // Mostly capitalised words make a name (a product or SKU), which stays in English.
        let capitalised = tokens.filter { $0.first?.isUppercase == true }.count
        let isName = capitalised * 2 >= tokens.count
        return lowercaseWords.count >= 2 && isSentence && !isName ? ["the translation is the English source itself: it was not translated"] : []
    }
}
