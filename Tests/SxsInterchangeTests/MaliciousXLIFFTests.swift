import Foundation
import SideBySide
@testable import SxsInterchange
import SxsMarkup
import Testing

/// Hostile XLIFF files: refused with a clear error, and nothing of them is written.
@Suite struct MaliciousXLIFFTests {
    static let body = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-US\"><file id=\"f\" original=\"evil.md\"><skeleton>&x;</skeleton><unit id=\"u\"><segment><source>a</source></segment></unit></file></xliff>"

    static var billionLaughs: String {
        var declarations = "<!ENTITY x0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY x\(level) \"\(String(repeating: "&x\(level - 1);", count: 10))\">"
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\(declarations)<!ENTITY x \"&x9;\">]>\n" + body
    }

    static let cases: [(String, String)] = [
        ("external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + body),
        ("billion laughs", billionLaughs),
        ("external DTD", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"xliff.dtd\">\n" + body.replacingOnce("&x;", with: "")),
        ("network URL", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:9/x.dtd\">\n" + body.replacingOnce("&x;", with: "")),
        ("parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]>\n" + body),
        ("undeclared entity", body),
    ]

    @Test(arguments: cases.indices)
    func refusedWithAClearErrorAndNothingWritten(_ index: Int) throws {
        let (name, text) = Self.cases[index]
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("evil.xlf")
        try Data(text.utf8).write(to: input)
        let output = folder.appendingPathComponent("out")
        let start = Date()
        let outcome = try #require(XLIFFImportBatch.importFiles([input.path], to: output.path).first)
        #expect(Date().timeIntervalSince(start) < 5, "\(name) took too long")
        #expect(outcome.article == nil, "\(name) was written")
        let error = try #require(outcome.diagnostics.first)
        #expect(error.severity == .error && error.code == "xliff-unreadable")
        let expected = index == 5 ? "entity" : "document type declarations are not accepted"
        #expect(error.message.lowercased().contains(expected), "\(name): \(error.message)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "\(name): the output folder was created")
    }

    @Test func theReaderStopsAtTheDoctypeLine() {
        do {
            _ = try XMLReader.read(Self.billionLaughs)
            Issue.record("accepted")
        } catch let error as XMLReadError {
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
