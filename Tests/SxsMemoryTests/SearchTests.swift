import SxsMemory
import Testing

@Suite struct SearchTests {
    static let articles = [
        "zh-CN/a.md": MemoryTesting.article("zh-CN", [
            ("a-1", "从**仪表板**菜单中，选择**客户**。", "From the **Dashboard** menu, select **Customers**."),
            ("a-2", "然后选择**添加客户**。", "Then select **Add customer**."),
            ("a-3", "在**帐户信息**页上，填写公司详细信息，然后选择**下一步**。", "On the **Account info** page, complete the company details, and then select **Next**."),
        ], date: "06/09/2017"),
        "zh-CN/b.md": MemoryTesting.article("zh-CN", [
            ("b-1", "从“仪表板”菜单中选择“客户”。", "From the **Dashboard** menu, select **Customers**."),
            ("b-2", "然后选择**添加客户**。", "Then select **Add customer**."),
        ], type: "MT", date: "05/18/2020"),
        "ja-JP/a.md": MemoryTesting.article("ja-JP", [
            ("j-1", "**[ダッシュボード]** メニューの **[顧客]** を選択します。", "From the **Dashboard** menu, select **Customers**."),
        ]),
    ]

    @Test func exactMatchesIgnoreMarkupSpacingAndCaseButNothingElse() throws {
        let (memory, _) = try MemoryTesting.memory(with: Self.articles)
        let matches = try memory.matches(for: "from the dashboard   menu, select CUSTOMERS.", locale: "zh-CN")
        // Two translations of that English, the later one (2020) first when used as often.
        #expect(matches.map(\.target) == ["从“仪表板”菜单中选择“客户”。", "从**仪表板**菜单中，选择**客户**。"])
        #expect(matches.allSatisfy { $0.score == 100 && $0.isExact })
        #expect(matches[0].path == "zh-CN/b.md" && matches[0].segmentID == "b-1" && matches[0].translationType == .machine)
        #expect(matches[0].date == "2020-05-18")
        // One word or a full stop more is not exact.
        #expect(try memory.matches(for: "From the Dashboard menu, select Customers", locale: "zh-CN").isEmpty)
        // Another locale's translations stay apart.
        #expect(try memory.matches(for: "From the Dashboard menu, select Customers.", locale: "ja-JP").map(\.segmentID) == ["j-1"])
        #expect(try memory.matches(for: "From the Dashboard menu, select Customers.", locale: "de-DE").isEmpty)
    }

    @Test func aTranslationUsedTwiceIsOneMatchCountedTwice() throws {
        let (memory, _) = try MemoryTesting.memory(with: Self.articles)
        let matches = try memory.matches(for: "Then select **Add customer**.", locale: "zh-CN")
        #expect(matches.count == 1)
        #expect(matches[0].occurrences == 2)
    }

    @Test func fuzzyMatchesAreScoredAndRanked() throws {
        let (memory, _) = try MemoryTesting.memory(with: Self.articles)
        let matches = try memory.matches(for: "On the Account info page, complete the details, and then select Next.", locale: "zh-CN", fuzzy: true)
        let best = try #require(matches.first)
        #expect(best.segmentID == "a-3")
        // 16 tokens stored (words and punctuation), one ("company") missing from the query: 100 × 15/16.
        #expect(best.score == 93)
        #expect(!best.isExact)
        // Exact matches come first, with 100.
        let mixed = try memory.matches(for: "Then select Add customer.", locale: "zh-CN", fuzzy: true)
        #expect(mixed.first?.score == 100)
        #expect(mixed.dropFirst().allSatisfy { $0.score < 100 })
        // Under the least score nothing is returned; a limit is kept.
        #expect(try memory.matches(for: "Submit the order", locale: "zh-CN", fuzzy: true).isEmpty)
        #expect(try memory.matches(for: "From the Dashboard menu, select Customers.", locale: "zh-CN", fuzzy: true, limit: 1).count == 1)
    }

    @Test func queryWordsAreNotFTSSyntax() throws {
        let (memory, _) = try MemoryTesting.memory(with: Self.articles)
        for query in ["NEAR(select OR \"customers", "select AND NOT customers*", "text: ^select", "...", "\"\""] {
            _ = try memory.matches(for: query, locale: "zh-CN", fuzzy: true)
        }
    }
}
