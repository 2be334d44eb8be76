import Foundation
import Testing
import SxsTestSupport

/// `sxs extract`, end to end through the built binary.
@Suite struct ExtractCommandTests {
    let article = SxsBinary.fixture("add-a-new-customer.zh-CN.2017.md")

    @Test func sourceSideToStandardOutput() throws {
        let outcome = try SxsBinary.run(["extract", article, "--side", "source"])
        #expect(outcome.status == 0)
        #expect(!outcome.text.contains("<span"))
        #expect(outcome.text.contains("From the **Dashboard** menu, select **Customers**."))
        #expect(outcome.text.contains("# sxs: untranslated-source: title, description"))
    }

    @Test func targetSideToAFileWrittenAtomically() throws {
        let folder = ScratchFolder.url("sxs-extract")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("nested/out.md")
        let outcome = try SxsBinary.run(["extract", article, "--side", "target", "-o", output.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("从**仪表板**菜单中，选择**客户**。"))
        #expect(!written.contains("sxs-lookup"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(leftovers == ["out.md"], "no temporary file is left behind")
    }

    @Test func refusesToOverwriteItsInput() throws {
        let outcome = try SxsBinary.run(["extract", article, "--side", "source", "-o", article])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--output must not be the input file"))
    }

    @Test func sideIsRequiredAndChecked() throws {
        #expect(try SxsBinary.run(["extract", article]).status == 64)
        #expect(try SxsBinary.run(["extract", article, "--side", "english"]).status == 64)
    }
}
