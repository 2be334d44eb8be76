import SideBySide
import SxsMemory
import Testing

@Suite struct LeverageTests {
    /// The en-US add-a-new-customer (2018) against a memory holding only its zh-CN translation of 2017.
    func report() throws -> LeverageReport {
        let folder = try MemoryTesting.scratch()
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        _ = try memory.importArticles([MemoryTesting.fixture("zh-CN/add-a-new-customer.md")], relativeTo: folder.path)
        let english = try SxsParser().parse(contentsOf: MemoryTesting.fixture("en-US/add-a-new-customer.md"))
        return try memory.leverage(of: english, locale: "zh-CN")
    }

    @Test func newEnglishOfAddANewCustomerAgainstTheChinese2017Translation() throws {
        let report = try report()
        // 16 sentences, 193 words; checked by hand against the two articles.
        #expect(report.segments.count == 16)
        #expect(report.words == 193)
        let rows = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.band, ($0.segments, $0.words)) })
        // 14 sentences are unchanged and follow the same sentence as in 2017.
        #expect(rows[.context]! == (14, 160))
        // "This includes their contact information…" is unchanged, but follows a sentence that changed.
        #expect(rows[.exact]! == (1, 10))
        // "…create an account for your customer in your Partner Dashboard." was "…create a record of your
        // customer in Partner Center.": 5 token edits in 27 → 81.
        #expect(rows[.fuzzy75]! == (1, 23))
        for band in [LeverageReport.Band.repetition, .fuzzy95, .fuzzy85, .fuzzy50, .noMatch] {
            #expect(rows[band]! == (0, 0))
        }
        let changed = try #require(report.segments.first { $0.band == .fuzzy75 })
        #expect(changed.score == 81)
        #expect(changed.match?.segmentID == "063b3-109")
        // A bold UI label with a colon is one piece of its sentence, as the sxs segments have it.
        #expect(report.segments.contains { $0.source.hasSuffix("select **Next: Subscriptions**.") && $0.band == .context })
    }

    @Test func anSxsArticleIsAnalysedByItsSources() throws {
        let folder = try MemoryTesting.scratch()
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        let chinese = MemoryTesting.fixture("zh-CN/add-a-new-customer.md")
        _ = try memory.importArticles([chinese], relativeTo: folder.path)
        let report = try memory.leverage(of: try SxsParser().parse(contentsOf: chinese), locale: "zh-CN")
        // Against itself everything is in context, the repeated title included.
        #expect(report.rows.first { $0.band == .context }?.segments == 16)
    }

    @Test func repetitionsAndBands() throws {
        let (memory, folder) = try MemoryTesting.memory(with: ["zh-CN/old.md": MemoryTesting.article("zh-CN", [
            ("a-1", "选择客户。", "Select the customer and then select the subscription you want to change."),
        ])])
        let english = "# New\n\nSelect the customer and then select the subscription you want to cancel.\n\nSave it. Save it.\n"
        let path = try MemoryTesting.write(english, "en-US/new.md", in: folder)
        let report = try memory.leverage(of: try SxsParser().parse(contentsOf: path), locale: "zh-CN")
        #expect(report.segments.map(\.band) == [.noMatch, .fuzzy85, .noMatch, .repetition])
        // 13 tokens, one substituted: 100 × 12/13.
        #expect(report.segments[1].score == 92)
        #expect(LeverageReport.Band.fuzzy(99) == .fuzzy95 && LeverageReport.Band.fuzzy(75) == .fuzzy75
                && LeverageReport.Band.fuzzy(74) == .fuzzy50 && LeverageReport.Band.fuzzy(49) == .noMatch)
    }
}
