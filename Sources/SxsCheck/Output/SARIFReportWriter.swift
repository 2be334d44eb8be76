import Foundation
import SideBySide

/// Findings as a SARIF 2.1.0 log: one run, the rule catalog as the tool's rules, one result per finding.
public enum SARIFReportWriter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func value(of report: CheckReport, version: String) -> JSONValue {
        let descriptors = RuleRegistry.descriptors
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        let rules: [JSONValue] = descriptors.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.rationale))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
                ("properties", .object([("category", .string(rule.category.rawValue))])),
            ])
        }
        let results: [JSONValue] = report.findings.map { finding in
            var message = finding.message
            if let target = finding.target, let source = finding.source { message += "\ntarget: \(target)\nsource: \(source)" }
            var members: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleID)),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(finding.path)))])),
                    ("region", .object([("startLine", .int(finding.location.line)),
                                        ("startColumn", .int(finding.location.column))])),
                ]))])])),
                ("partialFingerprints", .object([("sxs/v1", .string(finding.fingerprint))])),
            ]
            if let index = ruleIndex[finding.ruleID] { members.insert(("ruleIndex", .int(index)), at: 1) }
            return .object(members)
        }
        return .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("sxs")),
                    ("version", .string(version)),
                    ("informationUri", .string("https://github.com/sidebyside/sxs")),
                    ("rules", .array(rules)),
                ]))])),
                ("results", .array(results)),
            ])])),
        ])
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference for a path (spaces and other reserved characters percent-encoded).
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let character = Character(UnicodeScalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
                result.append(character)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
