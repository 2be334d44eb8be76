import Foundation
import Testing
import SxsTestSupport

/// `sxs parse`, end to end through the built binary.
@Suite struct ParseCommandTests {
    let article = SxsBinary.fixture("add-a-new-customer.zh-CN.2017.md")

    @Test func sxsFormatReproducesTheFile() throws {
        let outcome = try SxsBinary.run(["parse", "--format", "sxs", article])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == (try Data(contentsOf: URL(fileURLWithPath: article))))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func jsonIsOneObjectPerFileAndLine() throws {
        let outcome = try SxsBinary.run(["parse", "--format", "json", article, article])
        #expect(outcome.status == 0)
        let lines = outcome.text.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect((object?["segments"] as? [Any])?.count == 16)
        #expect(object?["path"] as? String == article)
    }

    @Test func treeIsReadable() throws {
        let outcome = try SxsBinary.run(["parse", "--format", "tree", article])
        #expect(outcome.status == 0)
        #expect(outcome.text.contains("heading h1 #add-a-new-customer 12:1"))
        #expect(outcome.text.contains("target \"从**仪表板**菜单中，选择**客户**。\"  [strong \"仪表板\"; strong \"客户\"]"))
    }

    @Test func errorDiagnosticsGoToStandardErrorWithExitOne() throws {
        let folder = ScratchFolder.url("sxs-cli")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.md")
        try Data("ok\n\n<span data-ttu-id=\"u-1\">孤立</span>\n".utf8).write(to: bad)
        let outcome = try SxsBinary.run(["parse", "--format", "json", bad.path, article])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("\(bad.path):3:1: error: translated span 'u-1' is not followed by"))
        #expect(outcome.stderr.hasSuffix("[unpaired-target]\n"))
        #expect(outcome.text.split(separator: "\n").count == 2, "the other file is still parsed")
    }

    @Test func missingFileIsAnErrorNotACrash() throws {
        let outcome = try SxsBinary.run(["parse", "/nonexistent/a.md"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/nonexistent/a.md: error: no such file or folder"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try SxsBinary.run(["parse", "--format", "xml", article]).status == 64)
        #expect(try SxsBinary.run(["parse"]).status == 64)
        #expect(try SxsBinary.run(["frobnicate"]).status == 64)
    }
}
