import Foundation
import Testing
import SxsTestSupport

/// `sxs run` and `sxs test` end to end, on the repository's shipped content.
@Suite struct RunCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static var locales: [String] { ["--locales", path("locales")] }

    @Test func passingArticleExitsZeroWithItsTranscript() throws {
        let outcome = try SxsBinary.run(["run", Self.path("content/ja-JP/add-a-new-customer.md"), "--cloud", "germany"] + Self.locales)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.contains("ja-JP  germany  新しい顧客の追加"))
        #expect(outcome.text.contains("step 1  select  “ダッシュボード > 顧客”  → dashboard “ダッシュボード” (exact), dashboard.customers “顧客” (exact)  ok"))
        #expect(outcome.text.contains("admin@fabrikam.onmicrosoft.de"))
        #expect(outcome.text.hasSuffix("PASS 5 steps\n"))
    }

    @Test func everyCloudByDefaultAndJSON() throws {
        let outcome = try SxsBinary.run(["run", Self.path("content/zh-CN/request-a-relationship-with-a-customer.md"), "--format", "json"] + Self.locales)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.map { $0["cloud"] as? String } == ["worldwide", "usgov", "germany"])
    }

    @Test func failingArticleExitsOneWithThePreciseMessage() throws {
        let directory = ScratchFolder.url("sxs-run")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("en-US"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: Self.path("content/en-US/add-a-new-customer.md"), encoding: .utf8)
            .replacingOccurrences(of: "**Add customer**", with: "**Add client**")
        let article = directory.appendingPathComponent("en-US/add-a-new-customer.md").path
        try text.write(toFile: article, atomically: true, encoding: .utf8)
        let scenario = Self.path("content/scenarios/4F53DFAF-1792-4E91-BBEB-E9A65026A81C.yml")
        let outcome = try SxsBinary.run(["run", article, "--scenario", scenario, "--cloud", "worldwide"] + Self.locales)
        #expect(outcome.status == 1)
        #expect(outcome.text.contains("FAIL \(article): en-US, worldwide: step 1 “From the Dashboard menu, select Customers. Then select Add client.”"))
        #expect(outcome.text.contains("label as written: “Add client”; the page offers: “Dashboard”, “Customers”, “Add customer”"))
        #expect(outcome.text.contains("nearest: “Add customer”"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try SxsBinary.run(["run"]).status == 64)
        #expect(try SxsBinary.run(["run", "/no/such/article.md"]).status == 64)
        #expect(try SxsBinary.run(["run", Self.path("content/en-US/add-a-new-customer.md"), "--cloud", "mars"] + Self.locales).status == 64)
        #expect(try SxsBinary.run(["run", Self.path("content/en-US/add-a-new-customer.md"), "--format", "xml"] + Self.locales).status == 64)
        #expect(try SxsBinary.run(["test", "/no/such/folder"]).status == 64)
    }

    @Test func missingScenarioIsAnError() throws {
        let outcome = try SxsBinary.run(["run", Self.path("content/en-US/add-a-new-customer.md"), "--scenario", "/no/such.yml"] + Self.locales)
        #expect(outcome.status == 1 && outcome.stderr.contains("/no/such.yml: error: cannot read the file"))
    }

    @Test func sqliteStore() throws {
        let store = ScratchFolder.url("sxs-run", extension: "sqlite").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let arguments = ["run", Self.path("content/en-US/create-a-new-subscription.md"), "--cloud", "usgov", "--store", store] + Self.locales
        let outcome = try SxsBinary.run(arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)\(outcome.text)")
        #expect(FileManager.default.fileExists(atPath: store))
    }

    @Test func testCommandSummarisesEveryRun() throws {
        let outcome = try SxsBinary.run(["test", Self.path("content")] + Self.locales)
        let lines = outcome.text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("pass  ") || $0.hasPrefix("FAIL  ") }.count == 27)
        #expect(lines.contains { $0.hasPrefix("pass  ") && $0.hasSuffix("ja-JP  germany  (1 procedures, 5 steps)") && $0.contains("add-a-new-customer") })
        #expect(lines.last?.hasPrefix("27 runs: 27 passed, 0 failed") == true)
        #expect(outcome.status == 0, "\(outcome.text)")
        let junit = try SxsBinary.run(["test", Self.path("content"), "--format", "junit"] + Self.locales)
        #expect(junit.text.contains("<testsuites") && !junit.text.contains("<failure"))
        #expect(junit.status == 0)
    }

    @Test func testCommandFailsWhenOneArticleFails() throws {
        // A copy of content/ whose zh-CN subscription article names a link the product does not have.
        let folder = ScratchFolder.url("sxs-test")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.path("content"), toPath: folder.path)
        let article = folder.appendingPathComponent("zh-CN/create-a-new-subscription.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "**Microsoft Azure 管理门户**", with: "**Microsoft Azure 门户**")
            .write(to: article, atomically: true, encoding: .utf8)
        let outcome = try SxsBinary.run(["test", folder.path] + Self.locales)
        #expect(outcome.status == 1)
        #expect(outcome.text.split(separator: "\n").last?.hasPrefix("27 runs: 24 passed, 3 failed") == true)
        #expect(outcome.text.contains("no control labelled “Microsoft Azure 门户” on the page “Wingtip Toys”"))
        #expect(outcome.text.contains("nearest: “Microsoft Azure 管理门户”"))
        let junit = try SxsBinary.run(["test", folder.path, "--format", "junit"] + Self.locales)
        #expect(junit.status == 1 && junit.text.contains("<failure"))
    }
}
