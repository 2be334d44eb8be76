/// Numbers of the source that the translation lost or changed.
public struct NumberMismatchRule: PairCheckRule {
    public init() {}
    public let descriptor = RuleDescriptor(
        id: "number-mismatch", defaultSeverity: .error, category: .numbers,
        rationale: "numbers (prices, limits, days, versions, years) must survive translation; a changed year or count misinforms",
        examples: [
            .triggering("zh-CN", "订阅数据将在 60 天后删除。", "Subscription data is deleted after 90 days."),
            .triggering("ja-JP", "2018 年 10 月 1 日に導入されました。", "Introduced on October 1st, 2019."),
            .passing("zh-CN", "2019 年 10 月 1 日，Microsoft 推出了 **Microsoft 客户协议**。", "On October 1st, 2019, Microsoft introduced the **Microsoft Customer Agreement**."),
            .passing("ja-JP", "１，０００ ライセンス", "1,000 licenses"),
            .passing("zh-CN", "由世纪互联运营的合作伙伴中心", "Partner Center operated by 21Vianet"),
            .passing("zh-CN", "第二年定价现可在软件订阅价目表中找到。", "The year 2 pricing is now available in the software subscriptions price list."),
            .passing("zh-CN", "提供全天候云运营管理的合作伙伴", "Partners who provide 24 X 7 cloud-operations management"),
            .passing("ja-JP", "2017/2/11 ～ 2018/2/10 の期間の返金額 -211.20 ドル。", "-$211.20 credit for period 2/11/17 – 2/10/18."),
            .passing("zh-CN", "日期：2021 年 5 月 25 日，下午 6 点", "Date: 2021-05-25, 6:00 PM"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        // Most sources have no number, or the translation's numbers in the same order: none is missing.
        guard !pair.source.numbers.isEmpty, pair.source.numbers != pair.target.numbers else { return [] }
        // "24 x 7" is an idiom ("round the clock": 全天候), not two numbers.
        var sourceNumbers = pair.source.numbers
        if sourceNumbers.contains("24"), Self.isRoundTheClock(pair.source.prose) {
            for idiom in ["24", "7"] { if let index = sourceNumbers.firstIndex(of: idiom) { sourceNumbers.remove(at: index) } }
        }
        guard !sourceNumbers.isEmpty else { return [] }
        // Small numbers may be written as CJK numerals ("year 2" → 第二年).
        let missing = Self.missing(sourceNumbers, from: pair.target.numbers).filter { number in
            // A two-digit year may be written in full (2/10/18 → 2018/2/10).
            if number.count == 2, pair.target.numbers.contains("20" + number) { return false }
            guard let value = Int(number), let numeral = Self.cjkNumerals[value] else { return true }
            return !pair.target.prose.contains(numeral)
        }
        guard !missing.isEmpty else { return [] }
        let targetYears = Set(pair.target.numbers.filter(Self.isYear))
        return missing.sorted().map { number in
            if Self.isYear(number), let other = targetYears.subtracting(pair.source.numbers).sorted().first {
                return "the year \(number) of the source is \(other) in the translation"
            }
            return "the source's number \(number) is not in the translation"
        }
    }

    /// The numbers of `numbers` that `others` has fewer of, each as often as it is missing, in order.
    ///
    /// Numbers are ASCII, so equal numbers are the same bytes: the two lists, sorted, are merged
    /// (what counting them in dictionaries tells, without the dictionaries).
    static func missing(_ numbers: [String], from others: [String]) -> [String] {
        let numbers = numbers.sorted(), others = others.sorted()
        var missing: [String] = []
        var other = 0
        for number in numbers {
            while other < others.count, others[other] < number { other += 1 }
            if other < others.count, others[other] == number { other += 1 } else { missing.append(number) }
        }
        return missing
    }

    static let cjkNumerals: [Int: Character] = [1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"]

    static func isRoundTheClock(_ text: String) -> Bool {
        let squeezed = text.lowercased().filter { !$0.isWhitespace }
        return squeezed.contains("24x7") || squeezed.contains("24/7") || squeezed.contains("24×7")
    }

    static func isYear(_ number: String) -> Bool {
        number.count == 4 && (number.hasPrefix("19") || number.hasPrefix("20"))
    }
}
