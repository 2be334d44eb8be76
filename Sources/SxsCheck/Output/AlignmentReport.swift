import Foundation
import SideBySide

/// An alignment (``VersionAlignment``) as readable text or JSON.
public enum AlignmentReport {
    public static func text(_ rows: [AlignedSegment], first: String, second: String) -> String {
        var lines: [String] = []
        for row in rows {
            let id = row.pair?.id.raw ?? "-"
            let other = row.otherPair.map { " ~ \($0.id.raw)" } ?? ""
            switch row.status {
            case .unchanged:
                lines.append("unchanged \(id)\(other)")
            case .changed:
                lines.append("changed   \(id)\(other) \(Int(row.score * 100))%: \(row.diff?.text ?? "")")
            case .new:
                lines.append("new       \(other.isEmpty ? "-" : String(other.dropFirst(3))): \(row.otherSource ?? "")")
            case .removed:
                lines.append("removed   \(id): \(row.pair?.source?.text ?? "")")
            }
            if let pair = row.pair, row.status != .removed {
                lines.append("    \(pair.target.text)")
                if let otherTarget = row.otherPair?.target.text { lines.append("    \(otherTarget)") }
            }
        }
        let counts = Dictionary(grouping: rows, by: \.status).mapValues(\.count)
        lines.append("\(first) ~ \(second): \(counts[.unchanged] ?? 0) unchanged, \(counts[.changed] ?? 0) changed (stale), \(counts[.new] ?? 0) new, \(counts[.removed] ?? 0) removed")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ rows: [AlignedSegment]) -> JSONValue {
        .object([("segments", .array(rows.map { row in
            .object([
                ("status", .string(row.status.rawValue)),
                ("id", row.pair.map { .string($0.id.raw) } ?? .null),
                ("otherId", row.otherPair.map { .string($0.id.raw) } ?? .null),
                ("score", .string(String(format: "%.2f", row.score))),
                ("source", row.pair?.source.map { .string($0.text) } ?? .null),
                ("otherSource", row.otherSource.map(JSONValue.string) ?? .null),
                ("target", row.pair.map { .string($0.target.text) } ?? .null),
                ("otherTarget", row.otherPair.map { .string($0.target.text) } ?? .null),
                ("diff", row.diff.map { .string($0.text) } ?? .null),
                ("line", row.pair.map { .int($0.range.start.line) } ?? .null),
            ])
        }))])
    }
}
