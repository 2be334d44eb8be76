import SideBySide

/// Search results (``TranslationMatch``) as text for people or as JSON.
public enum SearchReport {
    /// One block per match: score, where, English, translation; `no match` when there is none.
    public static func text(_ matches: [TranslationMatch]) -> String {
        guard !matches.isEmpty else { return "no match\n" }
        var lines: [String] = []
        for match in matches {
            var details = [match.translationType?.rawValue, match.date].compactMap { $0 }
            if match.occurrences > 1 { details.append("\(match.occurrences) times") }
            lines.append("\(match.score)% \(match.path):\(match.line) \(match.segmentID)"
                         + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"))
            lines.append("    source: \(match.source)")
            lines.append("    target: \(match.target)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "query", "locale", "matches": [{"score", "source", "target", "sourceText",
    /// "targetText", "path", "segment", "line", "translationType", "date", "occurrences"}]}`.
    public static func json(_ matches: [TranslationMatch], query: String, locale: String) -> JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("query", .string(query)),
            ("locale", .string(locale)),
            ("matches", .array(matches.map(json))),
        ])
    }

    static func json(_ match: TranslationMatch) -> JSONValue {
        .object([
            ("score", .int(match.score)),
            ("source", .string(match.source)),
            ("target", .string(match.target)),
            ("sourceText", .string(match.sourceText)),
            ("targetText", .string(match.targetText)),
            ("path", .string(match.path)),
            ("segment", .string(match.segmentID)),
            ("line", .int(match.line)),
            ("translationType", match.translationType.map { .string($0.rawValue) } ?? .null),
            ("date", match.date.map(JSONValue.string) ?? .null),
            ("occurrences", .int(match.occurrences)),
        ])
    }
}
