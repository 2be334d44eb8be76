import Foundation
import Testing
import SxsTestSupport

/// `sxs xliff export`, `import` and `validate`, end to end through the built binary.
@Suite struct XLIFFCommandTests {
    let article = SxsBinary.fixture("add-a-new-customer.zh-CN.2017.md")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func withFolder(_ body: (URL) throws -> Void) rethrows {
        let folder = ScratchFolder.url("sxs-xliff-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test(arguments: ["2.0", "1.2"])
    func exportThenImportReproducesTheArticle(_ version: String) throws {
        try withFolder { folder in
            let locales = Self.root.appendingPathComponent("locales").path
            let export = try SxsBinary.run(["xliff", "export", article, "--version", version, "--locales", locales, "-o", folder.appendingPathComponent("x").path])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.text.hasPrefix("xliff export: 1 of 1 articles"))
            let xliff = folder.appendingPathComponent("x/add-a-new-customer.zh-CN.2017.zh-CN.xlf")
            #expect(FileManager.default.fileExists(atPath: xliff.path))
            let validate = try SxsBinary.run(["xliff", "validate", "--schemas", Self.root.appendingPathComponent("schemas").path, xliff.path])
            #expect(validate.status == 0, "\(validate.stderr)")
            #expect(validate.text == "xliff validate: 1 of 1 files valid\n")
            let back = folder.appendingPathComponent("back")
            let imported = try SxsBinary.run(["xliff", "import", folder.appendingPathComponent("x").path, "-o", back.path])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.isEmpty)
            let written = try Data(contentsOf: back.appendingPathComponent("add-a-new-customer.zh-CN.2017.md"))
            #expect(written == (try Data(contentsOf: URL(fileURLWithPath: article))))
        }
    }

    @Test func brokenCodesExitOneAndNameTheUnit() throws {
        try withFolder { folder in
            _ = try SxsBinary.run(["xliff", "export", article, "-o", folder.path])
            let xliff = folder.appendingPathComponent("add-a-new-customer.zh-CN.2017.zh-CN.xlf")
            var text = try String(contentsOf: xliff, encoding: .utf8)
            let broken = "从<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\" type=\"fmt\" subType=\"xlf:b\">仪表板</pc>"
            text = text.replacingOccurrences(of: broken, with: "从仪表板")
            try text.write(to: xliff, atomically: true, encoding: .utf8)
            let outcome = try SxsBinary.run(["xliff", "import", xliff.path, "-o", folder.appendingPathComponent("back").path])
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains("\(xliff.path):"))
            #expect(outcome.stderr.contains(": error: unit 063b3-113: inline code 1 is missing from the target"))
            #expect(outcome.text.contains("1 of 1 articles written"))
            #expect(outcome.text.contains("1 units not written"))
        }
    }

    @Test func aHostileFileIsRefusedAndNothingIsWritten() throws {
        try withFolder { folder in
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let hostile = folder.appendingPathComponent("evil.xlf")
            try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff>&x;</xliff>".utf8).write(to: hostile)
            let output = folder.appendingPathComponent("out")
            let outcome = try SxsBinary.run(["xliff", "import", hostile.path, "-o", output.path])
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains("evil.xlf:2:1: error: the file is not read: document type declarations are not accepted"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func usageErrors() throws {
        #expect(try SxsBinary.run(["xliff", "export", article]).status == 64)
        #expect(try SxsBinary.run(["xliff", "export", article, "--version", "3.0", "-o", "/tmp/x"]).status == 64)
        #expect(try SxsBinary.run(["xliff", "import", "-o", "/tmp/x"]).status == 64)
        #expect(try SxsBinary.run(["xliff", "export", article, "-o", article]).status == 64)
    }
}
