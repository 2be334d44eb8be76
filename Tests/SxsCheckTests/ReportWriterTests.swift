import Foundation
import SideBySide
import SxsMarkup
@testable import SxsCheck
import Testing

@Suite struct ReportWriterTests {
    let report: CheckReport = {
        let article = RuleExample.triggering("zh-CN", "订阅数据将在 60 天后删除。", "Subscription data is deleted after 90 days.").article
        return CheckRunner(context: RuleTesting.context).run(documents: [SxsParser().parse(bytes: Array(article.utf8), path: "zh CN/a.md")])
    }()

    @Test func textIsCompilerStyle() {
        let text = TextReportWriter.text(of: report)
        #expect(text.hasPrefix("zh CN/a.md:4:1: error: the source's number 90 is not in the translation [number-mismatch]\n    target: 订阅数据将在 60 天后删除。\n    source: Subscription data is deleted after 90 days.\n"))
        #expect(text.hasSuffix("1 file(s) checked: 1 error(s), 0 warning(s), 0 note(s)\n"))
    }

    @Test func sarifHasOneResultPerFindingWithItsPhysicalLocation() throws {
        let json = SARIFReportWriter.value(of: report, version: "0.1.0").serialized
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.descriptors.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        let location = try #require(((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "zh%20CN/a.md")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 4)
        #expect(results[0]["level"] as? String == "error")
        let index = try #require(results[0]["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == results[0]["ruleId"] as? String)
    }

    @Test func junitIsWellFormedWithAFailurePerFinding() throws {
        let bytes = try JUnitReportWriter.bytes(of: report, files: ["zh CN/a.md", "zh CN/b.md"])
        let root = try XMLReader.read(bytes)
        #expect(root.name == "testsuites")
        let suites = root.elements(named: "testsuite")
        #expect(suites.map { $0.attribute("name") } == ["zh CN/a.md", "zh CN/b.md"])
        #expect(suites[0].elements(named: "testcase").compactMap { $0.element(named: "failure") }.count == report.findings.count)
        #expect(suites[1].elements(named: "testcase").first?.element(named: "failure") == nil)
    }

    @Test func jsonListsFindingsWithFingerprints() throws {
        let json = JSONReportWriter.value(of: report).serialized
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "number-mismatch")
        #expect((findings.first?["fingerprint"] as? String)?.count == 16)
    }
}
