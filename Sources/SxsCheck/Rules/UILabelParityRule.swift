import SideBySide
import Foundation
/// UI labels of the source that the translation does not mark as UI labels in any accepted style.
public struct UILabelParityRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "ui-label-parity", defaultSeverity: .warning, category: .markup,
        rationale: "each UI label (**bold**) of the source must be marked in the translation in one of the locale's styles (bold, ja-JP **[label]**, or the quotes in locales/<locale>/conventions.yml)",
        examples: [
            .triggering("ja-JP", "ダッシュボード メニューで顧客を選びます。", "From the **Dashboard** menu, select **Customers**."),
            .passing("ja-JP", "**[ダッシュボード]** メニューで **[顧客]** を選びます。", "From the **Dashboard** menu, select **Customers**."),
            .passing("zh-CN", "从“仪表板”菜单中，选择“客户”。", "From the **Dashboard** menu, select **Customers**."),
            .passing("zh-CN", "PEC 并不适用于以下服务：", "PEC is **not** applicable to the following services:"),
            .passing("ja-JP", "[ライセンス] 領域の [ライセンスの追加] オプションを選択します。", "Select the **Add Licenses** option in the License area."),
            .passing("zh-CN", "请更新到新的 API，以便及时成功转换", "**Update to the new APIs** for a successful and timely transition"),
            .passing("zh-CN", "我们会将其存档为\"已过期\"。", "We'll archive it as **Expired**."),
            .passing("zh-CN", "从 2021 年 1 月 19 日起，合作伙伴都可以销售许可证。", "From **January 19, 2021**, all partners will be able to sell licenses."),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // Most translations mark in bold as many labels as the source has (or more): the labels counted
        // below are some of the source's, and the translation's bold ones all count as marked.
        guard pair.target.labels.count < pair.source.labels.count else { return [] }
        // Bold on a word such as "**not**" or "**only**" is emphasis, not a UI label.
        // Bold dates ("**January 19, 2021**") are emphasis too: a UI label holds no year.
        var labels = pair.source.labels.filter { label in
            !Self.emphasisWords.contains(label.lowercased())
                && !TextScanner(label).numbers.contains(where: NumberMismatchRule.isYear)
        }
        // Bold that opens the segment is a lead-in ("**Registration contact**: …"), not a control.
        if let first = labels.first, pair.source.plainText.hasPrefix(first) { labels.removeFirst() }
        guard !labels.isEmpty else { return [] }
        // Labels that stay in English (product names) count wherever they appear.
        let englishKept = labels.filter { ByteSearch.contains($0, in: pair.target.plainText) }.count
        let quotes = context.conventions(for: pair.locale)?.labelQuotes ?? []
        let marked = pair.target.labels.count + Self.quotedSpans(in: pair.target.prose, quotes: quotes)
        let missing = labels.count - max(marked, englishKept)
        guard missing > 0 else { return [] }
        return ["the source marks \(labels.count) UI label(s) (\(labels.map { "'\($0)'" }.joined(separator: ", "))), the translation marks \(marked)"]
    }

    /// Words that bold emphasises in English prose; no control is labelled with one of them alone.
    static let emphasisWords: Set<String> = [
        "not", "only", "must", "all", "any", "no", "never", "always", "both", "each", "every", "required",
        "optional", "cannot", "can't", "don't", "do not", "does not", "should", "will", "before", "after", "and", "or",
        "important", "note", "new", "free",
    ]

    /// How many spans of `text` stand between one of the locale's label quotes (such as 「…」 or [...]).
    static func quotedSpans(in text: String, quotes: [[String]]) -> Int {
        var count = 0
        for pair in quotes where pair.count == 2 {
            var offset = 0
            while let span = ByteSearch.firstEnclosed(by: pair[0], pair[1], in: text, from: offset) {
                if span.close.lowerBound > span.open.upperBound { count += 1 }
                offset = span.close.upperBound
            }
        }
        return count
    }
}
