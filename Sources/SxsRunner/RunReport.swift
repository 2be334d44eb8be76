import SideBySide
import SxsMarkup

/// Writes runs as text, JSON or JUnit XML. Returns text; never prints.
public enum RunReport {
    /// The transcript of `runs`, one line per action, then a line per procedure saying PASS or FAIL.
    public static func text(_ runs: [ArticleRun]) -> String {
        var lines: [String] = []
        for run in runs {
            for transcript in run.transcripts {
                lines.append("\(run.article)  \(run.locale)  \(run.cloud.rawValue)  \(transcript.procedure)")
                for entry in transcript.entries {
                    let found = entry.controls.isEmpty ? "" : "  → " + entry.controls.joined(separator: ", ")
                    lines.append("  step \(entry.step)  \(entry.action.rawValue)  “\(entry.written)”\(found)  \(entry.passed ? "ok" : "FAILED"): \(entry.result)")
                }
                if let failure = transcript.failure {
                    lines.append("FAIL \(failure)")
                } else {
                    lines.append("PASS \(transcript.stepCount) steps")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per run (article, locale, cloud, pass or fail), the failures, then a summary.
    public static func summary(_ runs: [ArticleRun], seconds: Double? = nil) -> String {
        var lines = runs.map { run in
            "\(run.passed ? "pass" : "FAIL")  \(run.article)  \(run.locale)  \(run.cloud.rawValue)  (\(run.transcripts.count) procedures, \(run.transcripts.reduce(0) { $0 + $1.stepCount }) steps)"
        }
        for failure in runs.compactMap(\.failure) { lines.append("  \(failure)") }
        let failed = runs.filter { !$0.passed }.count
        var summary = "\(runs.count) runs: \(runs.count - failed) passed, \(failed) failed"
        if let seconds { summary += String(format: " in %.3f s", seconds) }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The runs as one JSON object: `{"schemaVersion":1,"passed":Bool,"runs":[{article, locale, cloud,
    /// passed, procedures: [{title, passed, steps, entries: [{step, action, written, controls, result, passed}], failure}]}]}`.
    public static func json(_ runs: [ArticleRun]) -> String {
        func failure(_ failure: RunFailure?) -> JSONValue {
            guard let failure else { return .null }
            return .object([
                ("article", .string(failure.article)), ("locale", .string(failure.locale)), ("cloud", .string(failure.cloud.rawValue)),
                ("step", .int(failure.step)), ("stepText", .string(failure.stepText)),
                ("label", failure.label.map(JSONValue.string) ?? .null), ("offered", .array(failure.offered.map(JSONValue.string))),
                ("nearest", failure.nearest.map(JSONValue.string) ?? .null), ("message", .string(failure.message)),
            ])
        }
        let value = JSONValue.object([
            ("schemaVersion", .int(1)),
            ("passed", .bool(runs.allSatisfy(\.passed))),
            ("runs", .array(runs.map { run in
                .object([
                    ("article", .string(run.article)), ("locale", .string(run.locale)), ("cloud", .string(run.cloud.rawValue)),
                    ("passed", .bool(run.passed)),
                    ("procedures", .array(run.transcripts.map { transcript in
                        .object([
                            ("title", .string(transcript.procedure)), ("passed", .bool(transcript.passed)),
                            ("steps", .int(transcript.stepCount)),
                            ("entries", .array(transcript.entries.map { entry in
                                .object([
                                    ("step", .int(entry.step)), ("action", .string(entry.action.rawValue)),
                                    ("written", .string(entry.written)), ("controls", .array(entry.controls.map(JSONValue.string))),
                                    ("result", .string(entry.result)), ("passed", .bool(entry.passed)),
                                ])
                            })),
                            ("failure", failure(transcript.failure)),
                        ])
                    })),
                ])
            })),
        ])
        return value.serialized + "\n"
    }

    /// JUnit XML: one test suite per article and locale, one test case per cloud and procedure.
    public static func junit(_ runs: [ArticleRun]) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("testsuites")
        var suites: [(String, [ArticleRun])] = []
        for run in runs {
            let name = "\(run.article) [\(run.locale)]"
            if let index = suites.firstIndex(where: { $0.0 == name }) { suites[index].1.append(run) } else { suites.append((name, [run])) }
        }
        for (name, group) in suites {
            let cases = group.flatMap { run in run.transcripts.map { (run, $0) } }
            try writer.startElement("testsuite")
            try writer.attribute("name", name)
            try writer.attribute("tests", String(cases.count))
            try writer.attribute("failures", String(cases.filter { !$0.1.passed }.count))
            for (run, transcript) in cases {
                try writer.startElement("testcase")
                try writer.attribute("classname", name)
                try writer.attribute("name", "\(run.cloud.rawValue): \(transcript.procedure)")
                if let failure = transcript.failure {
                    try writer.startElement("failure")
                    try writer.attribute("message", failure.message)
                    try writer.text(failure.description)
                    try writer.endElement()
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.finish()
    }
}
