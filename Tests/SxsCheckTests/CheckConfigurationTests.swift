import Foundation
import SideBySide
@testable import SxsCheck
import Testing
import SxsTestSupport

@Suite struct CheckConfigurationTests {
    func temporaryFolder() throws -> URL {
        let folder = ScratchFolder.url("sxs-config")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("zh-CN/Archive"), withIntermediateDirectories: true)
        return folder
    }

    @Test func readsRulesOverridesAndAllowlistAndIsFoundFromBelow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        rules:
          untranslated: off
          end-punctuation: error
        overrides:
          - paths: ["Archive/"]
            rules: { number-mismatch: off }
        allowlist: [Contoso]
        """.write(to: folder.appendingPathComponent(".sxs.yml"), atomically: true, encoding: .utf8)
        let found = try #require(CheckConfiguration.locate(from: folder.appendingPathComponent("zh-CN/Archive").path))
        let configuration = try CheckConfiguration.load(found)
        let numbers = try #require(RuleRegistry.descriptor("number-mismatch"))
        #expect(configuration.severity(of: try #require(RuleRegistry.descriptor("untranslated")), at: "zh-CN/a.md") == nil)
        #expect(configuration.severity(of: try #require(RuleRegistry.descriptor("end-punctuation")), at: "zh-CN/a.md") == .error)
        #expect(configuration.severity(of: numbers, at: "zh-CN/a.md") == .error)
        #expect(configuration.severity(of: numbers, at: "zh-CN/Archive/a.md") == nil)
        #expect(configuration.allowlist == ["Contoso"])
    }

    @Test func unknownRulesAreErrorsWithTheirLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".sxs.yml")
        try "rules:\n  no-such-rule: off\n".write(to: file, atomically: true, encoding: .utf8)
        #expect { try CheckConfiguration.load(file.path) } throws: { error in
            (error as? FileIOError)?.message.contains("2:1: unknown rule 'no-such-rule'") == true
        }
    }

    @Test func baselineHidesKnownFindingsOnly() throws {
        let article = RuleExample.triggering("zh-CN", "订阅数据将在 60 天后删除。", "Subscription data is deleted after 90 days.").article
        let document = SxsParser().parse(bytes: Array(article.utf8), path: "zh-CN/a.md")
        let first = CheckRunner(context: RuleTesting.context).run(documents: [document])
        #expect(first.countsByRule["number-mismatch"] == 1)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json").path
        try Baseline.write(first.findings, to: file)
        let second = CheckRunner(context: RuleTesting.context, baseline: try Baseline.load(file)).run(documents: [document])
        #expect(second.findings.isEmpty)
        #expect(second.suppressed == first.findings.count)
        // A new problem in the same article is still reported.
        let changed = SxsParser().parse(bytes: Array(article.replacingOccurrences(of: "60 天", with: "70 天").utf8), path: "zh-CN/a.md")
        #expect(CheckRunner(context: RuleTesting.context, baseline: try Baseline.load(file)).run(documents: [changed]).countsByRule["number-mismatch"] == 1)
    }

    /// The hash read on buffers is FNV-1a over each text's UTF-8 bytes, each text closed by 0xFF, as written byte by byte.
    @Test func stableHashIsFNV1aOverUTF8() {
        let texts = ["", "a", "Select **Customers**.", "选择“客户”。", "e\u{301}\u{1F600}", String(repeating: "x", count: 300)]
        for first in texts {
            for second in texts {
                var hash = StableHash()
                hash.combine(first)
                hash.combine(second)
                var state: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in Array(first.utf8) + [0xFF] + Array(second.utf8) + [0xFF] { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
                let hex = String(state, radix: 16)
                #expect(hash.hexDigest == String(repeating: "0", count: 16 - hex.count) + hex)
            }
        }
    }

    @Test func fingerprintsIgnoreLineMoves() {
        let a = Finding(ruleID: "r", severity: .error, category: .content, message: "m", path: "p", location: SourceLocation(line: 3, column: 1, offset: 9), segmentID: "x-1", target: "t", source: "s")
        var b = a
        b.location = SourceLocation(line: 30, column: 4, offset: 900)
        #expect(a.fingerprint == b.fingerprint)
        b.target = "u"
        #expect(a.fingerprint != b.fingerprint)
    }
}
