import Foundation
import SideBySide

/// A ``LeverageReport`` as a table for people, or as JSON.
public enum LeverageTable {
    /// Segments, words and share of words per band, then the total.
    public static func text(_ report: LeverageReport) -> String {
        let total = max(report.words, 1)
        var lines = ["leverage of \(report.article) in \(report.locale): \(report.segments.count) segments, \(report.words) words",
                     pad("match", 16) + padLeft("segments", 10) + padLeft("words", 8) + padLeft("words %", 9)]
        for row in report.rows {
            lines.append(pad(row.band.title, 16) + padLeft("\(row.segments)", 10) + padLeft("\(row.words)", 8)
                         + padLeft(String(format: "%.1f", Double(row.words) * 100 / Double(total)), 9))
        }
        lines.append(pad("total", 16) + padLeft("\(report.segments.count)", 10) + padLeft("\(report.words)", 8)
                     + padLeft(report.words == 0 ? "0.0" : "100.0", 9))
        lines.append("context (101%): exact, from an article of the same file name, after the same previous segment; "
                     + "repetition: no exact match, but repeats an earlier segment of this article")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "article", "locale", "segments", "words", "bands": [{"band", "title", "segments",
    /// "words"}], "details": [{"source", "words", "band", "score", "match": {…} | null}]}`.
    public static func json(_ report: LeverageReport) -> JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("article", .string(report.article)),
            ("locale", .string(report.locale)),
            ("segments", .int(report.segments.count)),
            ("words", .int(report.words)),
            ("bands", .array(report.rows.map { row in
                .object([("band", .string(row.band.rawValue)), ("title", .string(row.band.title)),
                         ("segments", .int(row.segments)), ("words", .int(row.words))])
            })),
            ("details", .array(report.segments.map { segment in
                .object([("source", .string(segment.source)), ("words", .int(segment.words)),
                         ("band", .string(segment.band.rawValue)), ("score", .int(segment.score)),
                         ("match", segment.match.map(SearchReport.json) ?? .null)])
            })),
        ])
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
