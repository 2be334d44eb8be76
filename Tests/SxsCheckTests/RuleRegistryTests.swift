import Foundation
@testable import SxsCheck
import Testing

@Suite struct RuleRegistryTests {
    /// Every rule file under Sources/SxsCheck/Rules is in the registry, and ids are unique.
    @Test func listsEveryRule() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SxsCheck/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path)
        let ruleTypes = Set(files.filter { $0.hasSuffix("Rule.swift") && $0 != "ParserDiagnosticRule.swift" }.map { String($0.dropLast(6)) })
        let registered = Set(RuleRegistry.documentRules.map { String(describing: type(of: $0)) }
                             + RuleRegistry.corpusRules.map { String(describing: type(of: $0)) })
        // InconsistentTranslationRule.swift also declares InconsistentSourceRule.
        #expect(ruleTypes.isSubset(of: registered), "not registered: \(ruleTypes.subtracting(registered))")
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyRuleHasATestFile() throws {
        let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Rules")
        let tests = Set(try FileManager.default.contentsOfDirectory(atPath: testsFolder.path))
        for rule in RuleRegistry.documentRules.map({ String(describing: type(of: $0)) }) + ["InconsistentTranslationRule"] {
            #expect(tests.contains("\(rule)Tests.swift"), "no test file for \(rule)")
        }
    }

    @Test func rationalesAreOneLine() {
        for rule in RuleRegistry.descriptors {
            #expect(!rule.rationale.contains("\n"))
            #expect(!rule.rationale.isEmpty)
        }
    }
}
