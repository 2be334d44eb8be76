import Foundation
import Testing
import SxsTestSupport

/// `sxs tm import | search | leverage | export` and `sxs check --tm`, end to end through the built binary.
@Suite struct TMCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let content = repository.appendingPathComponent("content").path
    let locales = repository.appendingPathComponent("locales").path

    /// A scratch folder with `zh-CN/add-a-new-customer.md` (2017) in it, and the path of a database there.
    func workspace() throws -> (folder: URL, db: String) {
        let folder = ScratchFolder.url("sxs-tm")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("zh-CN"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SxsBinary.fixture("add-a-new-customer.zh-CN.2017.md"),
                                         toPath: folder.appendingPathComponent("zh-CN/add-a-new-customer.md").path)
        return (folder, folder.appendingPathComponent("memory/tm.sqlite").path)
    }

    /// ``workspace()`` with its article imported.
    func imported() throws -> (folder: URL, db: String) {
        let (folder, db) = try workspace()
        _ = try SxsBinary.run(["tm", "import", folder.path, "--db", db])
        return (folder, db)
    }

    @Test func importTwiceStoresOnce() throws {
        let (folder, db) = try workspace()
        let first = try SxsBinary.run(["tm", "import", folder.appendingPathComponent("zh-CN").path, "--db", db])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)
        #expect(first.text.hasPrefix("tm import: 1 files: 1 imported, 0 unchanged, 0 replaced, 0 skipped; 16 pairs stored, 0 removed\n"))
        #expect(first.text.contains("  zh-CN: 1 articles, 16 pairs (HT 16, MT 0, unstated 0), 15 distinct sources"))
        let again = try SxsBinary.run(["tm", "import", folder.appendingPathComponent("zh-CN").path, "--db", db])
        #expect(again.status == 0)
        #expect(again.text.hasPrefix("tm import: 1 files: 0 imported, 1 unchanged, 0 replaced, 0 skipped; 0 pairs stored, 0 removed\n"))
    }

    @Test func importReportsBadFilesAndStoresTheRest() throws {
        let (folder, db) = try workspace()
        let missing = folder.appendingPathComponent("nowhere").path
        let outcome = try SxsBinary.run(["tm", "import", folder.appendingPathComponent("zh-CN").path, missing, "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(missing): error: no such file or folder"))
        #expect(outcome.text.contains("16 pairs stored"))
    }

    @Test func searchExactAndFuzzyAsTextAndJSON() throws {
        let db = try imported().db
        let exact = try SxsBinary.run(["tm", "search", "From the Dashboard menu, select Customers.", "--locale", "zh-CN", "--db", db])
        #expect(exact.status == 0)
        #expect(exact.text.hasPrefix("100% "))
        #expect(exact.text.contains("    target: 从**仪表板**菜单中，选择**客户**。"))
        let fuzzy = try SxsBinary.run(["tm", "search", "From the Dashboard menu, select Customers and Add customer.", "--locale", "zh-cn",
                                       "--fuzzy", "--limit", "2", "--format", "json", "--db", db])
        #expect(fuzzy.status == 0)
        let root = try JSONSerialization.jsonObject(with: fuzzy.stdout) as? [String: Any]
        let matches = try #require(root?["matches"] as? [[String: Any]])
        #expect(root?["locale"] as? String == "zh-CN")
        #expect((1...2).contains(matches.count))
        #expect(matches[0]["segment"] as? String == "063b3-113")
        #expect((matches[0]["score"] as? Int).map { (50..<100).contains($0) } == true)
        let none = try SxsBinary.run(["tm", "search", "Nothing like it", "--locale", "zh-CN", "--db", db])
        #expect(none.status == 0 && none.text == "no match\n")
    }

    @Test func leverageTable() throws {
        let db = try imported().db
        let outcome = try SxsBinary.run(["tm", "leverage", "\(content)/en-US/add-a-new-customer.md", "--locale", "zh-CN", "--db", db])
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("16 segments, 193 words"))
        #expect(outcome.text.contains("context (101%)          14     160     82.9"))
        #expect(outcome.text.contains("exact (100%)             1      10      5.2"))
        #expect(outcome.text.contains("fuzzy 75-84%             1      23     11.9"))
        let json = try SxsBinary.run(["tm", "leverage", "\(content)/en-US/add-a-new-customer.md", "--locale", "zh-CN", "--db", db, "--format", "json"])
        let root = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        #expect((root?["details"] as? [Any])?.count == 16)
    }

    @Test func exportTMX() throws {
        let (folder, db) = try imported()
        let tmx = folder.appendingPathComponent("out/tm.tmx").path
        let outcome = try SxsBinary.run(["tm", "export", "--tmx", tmx, "--locale", "zh-CN", "--db", db])
        #expect(outcome.status == 0)
        #expect(outcome.text == "tm export: 15 translation units written to \(tmx)\n")
        let text = try String(contentsOfFile: tmx, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
        #expect(text.components(separatedBy: "<tu ").count - 1 == 15)
    }

    @Test func checkWithTheMemoryReportsItsTranslationsAsNotes() throws {
        let (folder, db) = try imported()
        let article = "---\nms.contentlocale: zh-CN\n---\n<span data-ttu-id=\"a-1\">从“仪表板”菜单中选择“客户”。</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">From the **Dashboard** menu, select **Customers**.</span></span>\n"
        let checked = folder.appendingPathComponent("new/zh-CN")
        try FileManager.default.createDirectory(at: checked, withIntermediateDirectories: true)
        try Data(article.utf8).write(to: checked.appendingPathComponent("a.md"))
        let without = try SxsBinary.run(["check", checked.path, "--locales", locales])
        #expect(!without.text.contains("[inconsistent-translation]"))
        let with = try SxsBinary.run(["check", checked.path, "--locales", locales, "--tm", db])
        #expect(with.text.contains("warning: this English is translated 2 ways in zh-CN"))
        // The memory's translation, as the rule compares translations (folded: no markup, ASCII punctuation).
        #expect(with.text.contains("add-a-new-customer.md:27:5: 从仪表板菜单中,选择客户。 (translation memory)"))
    }

    @Test func usageAndMissingDatabase() throws {
        #expect(try SxsBinary.run(["tm", "search", "x"]).status == 64)
        #expect(try SxsBinary.run(["tm", "search", "x", "--locale", "zh-CN", "--limit", "0"]).status == 64)
        #expect(try SxsBinary.run(["tm", "search", "x", "--locale", "chinese"]).status == 64)
        #expect(try SxsBinary.run(["tm", "leverage", "a.md", "--locale", "zh-CN", "--format", "xml"]).status == 64)
        #expect(try SxsBinary.run(["tm", "export"]).status == 64)
        #expect(try SxsBinary.run(["tm", "import"]).status == 64)
        let missing = ScratchFolder.url("sxs-none", extension: "sqlite").path
        let outcome = try SxsBinary.run(["tm", "search", "x", "--locale", "zh-CN", "--db", missing])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(missing): error: no such translation memory; sxs tm import creates it"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let check = try SxsBinary.run(["check", content, "--tm", missing, "--locales", locales])
        #expect(check.status == 1)
        #expect(check.stderr.contains("no such translation memory"))
    }
}
