/// Findings as compiler-style lines: `path:line:column: error: message [rule-id]`, then the pair.
public enum TextReportWriter {
    public static func text(of report: CheckReport) -> String {
        var lines: [String] = []
        for finding in report.findings {
            lines.append("\(finding.path):\(finding.location.line):\(finding.location.column): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]")
            if let target = finding.target { lines.append("    target: \(target)") }
            if let source = finding.source { lines.append("    source: \(source)") }
            for note in finding.notes { lines.append("    note: \(note)") }
        }
        let errors = report.findings.filter { $0.severity == .error }.count
        let warnings = report.findings.filter { $0.severity == .warning }.count
        var summary = "\(report.fileCount) file(s) checked: \(errors) error(s), \(warnings) warning(s), \(report.findings.count - errors - warnings) note(s)"
        if report.suppressed > 0 { summary += ", \(report.suppressed) in the baseline" }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
