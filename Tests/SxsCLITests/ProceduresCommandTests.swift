import Foundation
import Testing
import SxsTestSupport

/// `sxs procedures`, end to end through the built binary.
@Suite struct ProceduresCommandTests {
    let article = SxsBinary.fixture("add-a-new-customer.zh-CN.2017.md")
    /// The repository's locale data, found from this file's path.
    let locales = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("locales").path

    @Test func markdownOfTheTargetByDefault() throws {
        let outcome = try SxsBinary.run(["procedures", article, "--locales", locales])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.hasPrefix("## 添加新客户\n"))
        #expect(outcome.text.contains("1. 从**仪表板**菜单中，选择**客户**。"))
        #expect(!outcome.text.contains("<span"))
    }

    @Test func jsonOfTheSource() throws {
        let outcome = try SxsBinary.run(["procedures", article, "--side", "source", "--format", "json", "--locales", locales])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any])
        #expect(root["locale"] as? String == "en-US")
        let steps = try #require((root["procedures"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        let kinds = steps.map { ($0["actions"] as? [[String: Any]] ?? []).map { $0["kind"] as? String ?? "" } }
        #expect(kinds.first == ["select", "select"])
        #expect(kinds.count == 5)
    }

    @Test func ditaAndBilingualAndHTMLToAFile() throws {
        let folder = ScratchFolder.url("sxs-procedures")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.dita")
        let dita = try SxsBinary.run(["procedures", article, "--format", "dita", "--locales", locales, "-o", output.path])
        #expect(dita.status == 0, "\(dita.stderr)")
        #expect(dita.stdout.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("<!DOCTYPE task PUBLIC \"-//OASIS//DTD DITA Task//EN\" \"task.dtd\">"))
        #expect(written.contains("<menucascade>"))
        let bilingual = try SxsBinary.run(["procedures", article, "--format", "bilingual", "--locales", locales])
        #expect(bilingual.status == 0)
        #expect(bilingual.text.contains("   > From the **Dashboard** menu, select **Customers**."))
        let html = try SxsBinary.run(["procedures", article, "--format", "html", "--locales", locales])
        #expect(html.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    }

    @Test func statisticsOverAFolder() throws {
        let folder = URL(fileURLWithPath: article).deletingLastPathComponent().path
        let outcome = try SxsBinary.run(["procedures", "--stats", folder, "--locales", locales])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.text.contains("| zh-CN | 1 | 1 | 1 | 5 | 100.0% (5/5) | 5 | 100.0% (5/5) | 0 |"))
        #expect(outcome.text.contains("Unrecognised steps (no action found):"))
    }

    @Test func usageErrors() throws {
        #expect(try SxsBinary.run(["procedures", "--locales", locales]).status == 64)
        #expect(try SxsBinary.run(["procedures", article, article, "--locales", locales]).status == 64)
        #expect(try SxsBinary.run(["procedures", article, "--format", "pdf", "--locales", locales]).status == 64)
        let noLocales = try SxsBinary.run(["procedures", article, "--locales", "/nonexistent-locales"])
        #expect(noLocales.status == 64)
        #expect(noLocales.stderr.contains("--locales"))
    }

    @Test func unknownLocaleIsAnError() throws {
        let folder = ScratchFolder.url("sxs-procedures")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outcome = try SxsBinary.run(["procedures", article, "--locales", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("zh-CN/procedures.yml"))
    }
}
