import Foundation
import SideBySide
import SxsMarkup
@testable import SxsCheck
import Testing

/// Runs rules on small articles, with the repository's `locales/` as context.
enum RuleTesting {
    /// The repository's `locales/` folder.
    static let localesFolder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("locales").path

    static let context: CheckContext = {
        (try? CheckContext.load(locales: localesFolder)) ?? CheckContext()
    }()

    static func document(_ article: String, path: String = "test.md") -> CheckedDocument {
        CheckedDocument(SxsParser().parse(bytes: Array(article.utf8), path: path), tokenizer: HTMLTokenizer())
    }

    /// What `rule` reports in `example`.
    static func violations(_ rule: any CheckRule, _ example: RuleExample) -> [Violation] {
        rule.check(document(example.article), context: context)
    }

    /// Checks every example of `rule`: triggering ones report something, passing ones nothing.
    static func expectExamples(of rule: any CheckRule, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!rule.descriptor.examples.isEmpty, sourceLocation: sourceLocation)
        for example in rule.descriptor.examples {
            let found = violations(rule, example)
            if example.triggers {
                #expect(!found.isEmpty, "\(rule.descriptor.id) should report: \(example.body)", sourceLocation: sourceLocation)
            } else {
                #expect(found.isEmpty, "\(rule.descriptor.id) should not report: \(example.body) — \(found.map(\.message))",
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// The messages `rule` gives for one pair in `locale`.
    static func messages(_ rule: any CheckRule, _ locale: String, _ target: String, _ source: String) -> [String] {
        violations(rule, .triggering(locale, target, source)).map(\.message)
    }
}
