import Foundation
import GRDB
import SideBySide
@testable import SxsMemory
import Testing

@Suite struct ImportTests {
    let first = MemoryTesting.article("zh-CN", [
        ("a-1", "选择**客户**。", "Select **Customers**."),
        ("a-2", "然后选择**添加客户**。", "Then select **Add customer**."),
    ])
    let second = MemoryTesting.article("ja-JP", [("b-1", "**[顧客]** を選択します。", "Select **Customers**.")], type: "MT")

    func rows(_ sql: String, in memory: TranslationMemory) throws -> [Row] {
        try DatabaseQueue(path: memory.path).read { try Row.fetchAll($0, sql: sql) }
    }

    @Test func storesEveryPairWithItsArticleAndVersion() throws {
        let folder = try MemoryTesting.scratch()
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        let fixture = MemoryTesting.fixture("zh-CN/add-a-new-customer.md")
        let summary = try memory.importArticles([fixture], relativeTo: folder.path)
        #expect(summary.imported == 1 && summary.pairsStored == 16 && summary.problems.isEmpty)

        let article = try #require(try rows("SELECT * FROM article", in: memory).first)
        #expect(article["path"] as String == fixture) // outside the base folder: absolute
        #expect(article["locale"] as String == "zh-CN")
        #expect(article["translationType"] as String == "HT")
        #expect(article["lastHandoff"] as String == "2017-06-09")
        #expect(article["date"] as String? == nil)
        #expect(article["contentHash"] as String == ContentHash(of: try FileIO.read(fixture)).hex)

        let unit = try #require(try rows("SELECT * FROM translationUnit WHERE segmentID = '063b3-113'", in: memory).first)
        #expect(unit["source"] as String == "From the **Dashboard** menu, select **Customers**.")
        #expect(unit["target"] as String == "从**仪表板**菜单中，选择**客户**。")
        #expect(unit["sourceText"] as String == "From the Dashboard menu, select Customers.")
        #expect(unit["targetText"] as String == "从仪表板菜单中，选择客户。")
        #expect(unit["startLine"] as Int == 27)
        #expect(unit["position"] as Int == 9)
        let statistics = try memory.statistics()
        #expect(statistics.pairs == 16 && statistics.locales.first?.humanPairs == 16)
        // "Add a new customer" is written twice (the heading and the procedure's title): one source.
        #expect(statistics.distinctSources == 15)
    }

    @Test func reimportingUnchangedFilesChangesNothing() throws {
        let (memory, folder) = try MemoryTesting.memory(with: ["zh-CN/a.md": first, "ja-JP/b.md": second])
        let before = try memory.statistics()
        let changes = try memory.totalChanges
        let paths = ["zh-CN/a.md", "ja-JP/b.md"].map { folder.appendingPathComponent($0).path }
        let again = try memory.importArticles(paths, relativeTo: folder.path)
        #expect(again.unchanged == 2 && again.imported == 0 && again.replaced == 0 && again.pairsStored == 0)
        #expect(try memory.totalChanges == changes)
        #expect(try memory.statistics() == before)
        #expect(before.pairs == 3 && before.articles == 2 && before.distinctSources == 2)
        #expect(before.locales.map(\.locale) == ["ja-JP", "zh-CN"])
        #expect(before.locales[0].machinePairs == 1 && before.locales[1].humanPairs == 2)
        // The same files named another way (./, absolute) are the same articles.
        let dotted = try memory.importArticles(["./zh-CN/a.md"].map { folder.path + "/" + $0 }, relativeTo: folder.path)
        #expect(dotted.unchanged == 1)
    }

    @Test func aChangedFileReplacesItsPairs() throws {
        let (memory, folder) = try MemoryTesting.memory(with: ["zh-CN/a.md": first])
        let changed = MemoryTesting.article("zh-CN", [
            ("a-1", "选择**客户**。", "Select **Customers**."),
            ("a-2", "选择**添加客户**。", "Select **Add customer**."),
            ("a-3", "选择**提交**。", "Select **Submit**."),
        ])
        let path = try MemoryTesting.write(changed, "zh-CN/a.md", in: folder)
        let summary = try memory.importArticles([path], relativeTo: folder.path)
        #expect(summary.replaced == 1 && summary.pairsRemoved == 2 && summary.pairsStored == 3)
        let statistics = try memory.statistics()
        #expect(statistics.articles == 1 && statistics.pairs == 3)
        // The English no pair uses any more is gone, and so is its translation.
        #expect(statistics.distinctSources == 3)
        #expect(try memory.matches(for: "Then select Add customer.", locale: "zh-CN").isEmpty)
        #expect(try memory.matches(for: "Select Add customer.", locale: "zh-CN").first?.target == "选择**添加客户**。")
    }

    @Test func anErrorRollsBackTheWholeImport() throws {
        let (memory, folder) = try MemoryTesting.memory(with: ["zh-CN/a.md": first])
        let before = try memory.statistics()
        // A real SQLite error halfway: a trigger refuses the second file's pair.
        try DatabaseQueue(path: memory.path).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON translationUnit WHEN NEW.segmentID = 'b-1' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let changed = MemoryTesting.article("zh-CN", [("a-1", "选择“客户”。", "Select **Customers**.")])
        let paths = [try MemoryTesting.write(changed, "zh-CN/a.md", in: folder), try MemoryTesting.write(second, "ja-JP/b.md", in: folder)]
        #expect(throws: FileIOError.self) { try memory.importArticles(paths, relativeTo: folder.path) }
        // Nothing of it was kept: not the first file's new version, not the second file.
        #expect(try memory.statistics() == before)
        #expect(try memory.matches(for: "Select Customers.", locale: "zh-CN").map(\.target) == ["选择**客户**。"])
        try DatabaseQueue(path: memory.path).write { try $0.execute(sql: "DROP TRIGGER refuse") }
        let retried = try memory.importArticles(paths, relativeTo: folder.path)
        #expect(retried.replaced == 1 && retried.imported == 1)
        #expect(try memory.matches(for: "Select Customers.", locale: "zh-CN").map(\.target) == ["选择“客户”。"])
    }

    @Test func badFilesAreReportedAndTheRestIsStored() throws {
        let folder = try MemoryTesting.scratch()
        let memory = try TranslationMemory(path: folder.appendingPathComponent("db/tm.sqlite").path)
        let good = try MemoryTesting.write(first, "zh-CN/a.md", in: folder)
        let noLocale = try MemoryTesting.write(RuleExampleText.pair, "misc/c.md", in: folder)
        let readme = try MemoryTesting.write("# Notes\n", "misc/README.md", in: folder)
        let missing = folder.appendingPathComponent("zh-CN/missing.md").path
        let summary = try memory.importArticles([good, noLocale, readme, missing], relativeTo: folder.path)
        #expect(summary.imported == 1 && summary.skipped == 3 && summary.pairsStored == 2)
        #expect(summary.problems.map(\.description) == [
            "\(noLocale):1:1: error: no locale: neither ms.contentlocale nor a locale folder in the path names it, so its pairs cannot be stored",
            "\(missing): error: no such file",
        ])
    }

    @Test func unpairedTargetsAreReportedNotStored() throws {
        let article = "---\nms.contentlocale: zh-CN\n---\n<span data-ttu-id=\"a-1\">选择客户。</span>\n"
        let (memory, folder) = try MemoryTesting.memory(with: [:])
        let path = try MemoryTesting.write(article, "zh-CN/u.md", in: folder)
        let summary = try memory.importArticles([path], relativeTo: folder.path)
        #expect(summary.imported == 1 && summary.pairsStored == 0)
        #expect(summary.problems.first?.code == "unpaired-target")
    }

    @Test func aFileNamedTwiceIsOneArticle() throws {
        let folder = try MemoryTesting.scratch()
        let path = try MemoryTesting.write(first, "zh-CN/a.md", in: folder)
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        let summary = try memory.importArticles([path, folder.path + "/./zh-CN/a.md"], relativeTo: folder.path)
        #expect(summary.imported == 1 && summary.files == 1 && summary.pairsStored == 2)
    }

    @Test func articlePathsAreRelativeToTheBaseWhenInsideIt() {
        #expect(TranslationMemory.articlePath("content/zh-CN/a.md", relativeTo: "/work/repo") == "content/zh-CN/a.md")
        #expect(TranslationMemory.articlePath("./content/../content/zh-CN/a.md", relativeTo: "/work/repo") == "content/zh-CN/a.md")
        #expect(TranslationMemory.articlePath("/work/repo/content/a.md", relativeTo: "/work/repo") == "content/a.md")
        #expect(TranslationMemory.articlePath("/elsewhere/a.md", relativeTo: "/work/repo") == "/elsewhere/a.md")
    }
}

/// A pair with no front matter and no locale in its path.
enum RuleExampleText {
    static let pair = "<span data-ttu-id=\"c-1\">选择客户。</span><span class=\"sxs-lookup\"><span data-stu-id=\"c-1\">Select Customers.</span></span>\n"
}
