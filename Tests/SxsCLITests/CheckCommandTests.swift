import Foundation
import Testing
import SxsTestSupport

/// `sxs check` and `sxs align`, end to end through the built binary.
@Suite struct CheckCommandTests {
    /// The repository's `locales/` and `content/`.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let locales = repository.appendingPathComponent("locales").path
    let content = repository.appendingPathComponent("content").path

    func folder(with article: String, name: String = "a.md") throws -> URL {
        let folder = ScratchFolder.url("sxs-check").appendingPathComponent("zh-CN")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(article.utf8).write(to: folder.appendingPathComponent(name))
        return folder
    }

    let bad = "---\nms.contentlocale: zh-CN\n---\n<span data-ttu-id=\"a-1\">订阅数据将在 60 天后删除。</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Subscription data is deleted after 90 days.</span></span>\n"

    @Test func errorsExitOneWithCompilerStyleLines() throws {
        let folder = try folder(with: bad)
        let outcome = try SxsBinary.run(["check", folder.path, "--locales", locales])
        #expect(outcome.status == 1)
        #expect(outcome.text.contains("/zh-CN/a.md:4:1: error: the source's number 90 is not in the translation [number-mismatch]"))
        #expect(outcome.text.contains("    source: Subscription data is deleted after 90 days."))
    }

    @Test func disablingTheRuleOrABaselineMakesItPass() throws {
        let folder = try folder(with: bad)
        #expect(try SxsBinary.run(["check", folder.path, "--locales", locales, "--disable", "number-mismatch"]).status == 0)
        let baseline = folder.appendingPathComponent("baseline.json").path
        #expect(try SxsBinary.run(["check", folder.path, "--locales", locales, "--write-baseline", baseline]).status == 1)
        let again = try SxsBinary.run(["check", folder.path, "--locales", locales, "--baseline", baseline])
        #expect(again.status == 0)
        #expect(again.text.contains("in the baseline"))
    }

    @Test func sarifAndJUnitFormats() throws {
        let folder = try folder(with: bad)
        let sarif = try SxsBinary.run(["check", folder.path, "--locales", locales, "--format", "sarif"])
        let root = try JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any]
        #expect(root?["version"] as? String == "2.1.0")
        let junit = try SxsBinary.run(["check", folder.path, "--locales", locales, "--format", "junit"])
        #expect(junit.text.contains("<testsuites"))
        #expect(junit.text.contains("<failure"))
    }

    @Test func listRulesPrintsOnePerLine() throws {
        let outcome = try SxsBinary.run(["check", "--list-rules"])
        #expect(outcome.status == 0)
        let lines = outcome.text.split(separator: "\n")
        #expect(lines.count >= 25)
        #expect(lines.contains { $0.hasPrefix("number-mismatch\terror\tnumbers\t") })
    }

    @Test func usageErrors() throws {
        #expect(try SxsBinary.run(["check"]).status == 64)
        #expect(try SxsBinary.run(["check", content, "--enable", "no-such-rule"]).status == 64)
        #expect(try SxsBinary.run(["check", content, "--format", "xml"]).status == 64)
    }

    @Test func shippedChineseAgainstEnglishReportsStaleSegmentsWithTheirDiff() throws {
        let outcome = try SxsBinary.run(["check", "\(content)/zh-CN", "--against", "\(content)/en-US", "--locales", locales])
        #expect(outcome.text.contains("add-a-new-customer.md:21:1: warning: the English changed since this was translated"))
        #expect(outcome.text.contains("[-a record of-] {+an account for+}"))
        #expect(outcome.text.contains("[stale-translation]"))
    }

    @Test func alignAcrossVersionsAndLocales() throws {
        let outcome = try SxsBinary.run(["align", "\(content)/zh-CN/add-a-new-customer.md", "\(content)/ja-JP/add-a-new-customer.md"])
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("unchanged 063b3-104 ~ daf29-105"))
        #expect(outcome.text.contains("changed   063b3-109 ~ daf29-110"))
        let json = try SxsBinary.run(["align", "\(content)/zh-CN/add-a-new-customer.md", "\(content)/en-US/add-a-new-customer.md", "--format", "json"])
        let root = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let segments = root?["segments"] as? [[String: Any]]
        #expect(segments?.contains { $0["status"] as? String == "changed" && ($0["diff"] as? String)?.contains("{+an account for+}") == true } == true)
    }
}
