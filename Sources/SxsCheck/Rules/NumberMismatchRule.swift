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
            .passing("zh-CN", "日期：2021 年 5 月 25 日，下午 6 点", "Date: 2021-05-25, 6:00 PM"),
        ])

    public func problems(in pair: CheckedPair, context: CheckContext) -> [String] {
        let missing = Multiset(pair.source.numbers).missing(from: Multiset(pair.target.numbers))
        guard !missing.isEmpty else { return [] }
        let targetYears = Set(pair.target.numbers.filter(Self.isYear))
        return missing.sorted().map { number in
            if Self.isYear(number), let other = targetYears.subtracting(pair.source.numbers).sorted().first {
                return "the year \(number) of the source is \(other) in the translation"
            }
            return "the source's number \(number) is not in the translation"
        }
    }

    static func isYear(_ number: String) -> Bool {
        number.count == 4 && (number.hasPrefix("19") || number.hasPrefix("20"))
    }
}
