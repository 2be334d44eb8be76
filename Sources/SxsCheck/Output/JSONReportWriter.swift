import SideBySide

/// Findings as one JSON document (schema in the README).
public enum JSONReportWriter {
    public static func value(of report: CheckReport) -> JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("files", .int(report.fileCount)),
            ("suppressed", .int(report.suppressed)),
            ("findings", .array(report.findings.map { finding in
                .object([
                    ("rule", .string(finding.ruleID)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("category", .string(finding.category.rawValue)),
                    ("message", .string(finding.message)),
                    ("path", .string(finding.path)),
                    ("line", .int(finding.location.line)),
                    ("column", .int(finding.location.column)),
                    ("segment", finding.segmentID.map(JSONValue.string) ?? .null),
                    ("target", finding.target.map(JSONValue.string) ?? .null),
                    ("source", finding.source.map(JSONValue.string) ?? .null),
                    ("notes", .array(finding.notes.map(JSONValue.string))),
                    ("fingerprint", .string(finding.fingerprint)),
                ])
            })),
        ])
    }
}
