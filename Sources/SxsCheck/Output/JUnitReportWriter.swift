import SideBySide
import SxsMarkup

/// Findings as JUnit XML (written with libxml2): a test suite per file, a failing test case per
/// error or warning, so that CI systems show them.
public enum JUnitReportWriter {
    public static func bytes(of report: CheckReport, files: [String]) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("testsuites")
        try writer.attribute("name", "sxs check")
        try writer.attribute("tests", String(max(files.count, 1)))
        try writer.attribute("failures", String(report.findings.filter { $0.severity != .note }.count))
        let byPath = Dictionary(grouping: report.findings, by: \.path)
        for path in files {
            let findings = (byPath[path] ?? []).filter { $0.severity != .note }
            try writer.startElement("testsuite")
            try writer.attribute("name", path)
            try writer.attribute("tests", String(max(findings.count, 1)))
            try writer.attribute("failures", String(findings.count))
            if findings.isEmpty {
                try writer.startElement("testcase")
                try writer.attribute("classname", path)
                try writer.attribute("name", "no findings")
                try writer.endElement()
            }
            for finding in findings {
                try writer.startElement("testcase")
                try writer.attribute("classname", path)
                try writer.attribute("name", "\(finding.ruleID) \(finding.location.line):\(finding.location.column)\(finding.segmentID.map { " \($0)" } ?? "")")
                try writer.startElement("failure")
                try writer.attribute("type", finding.severity.rawValue)
                try writer.attribute("message", finding.message)
                var detail = "\(path):\(finding.location.line):\(finding.location.column)"
                if let target = finding.target { detail += "\ntarget: \(target)" }
                if let source = finding.source { detail += "\nsource: \(source)" }
                try writer.text(detail)
                try writer.endElement()
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.finish()
    }
}
