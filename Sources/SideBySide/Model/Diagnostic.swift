/// A problem found in an input file: where it is, how serious, and what is wrong and why.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// How serious the problem is; any `error` makes `sxs` exit with status 1.
    public var severity: Severity
    /// A stable identifier of the kind of problem, such as `unpaired-target`.
    public var code: String
    /// What is wrong, and why it matters.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    public init(severity: Severity, code: String, message: String, location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// The diagnostic in the compiler form `path:line:column: severity: message [code]`.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code)]"
    }
}

/// The kinds of diagnostics the parser reports, with their stable codes.
public enum DiagnosticCode {
    /// A `data-ttu-id` span that is not followed by its `sxs-lookup` English source.
    public static let unpairedTarget = "unpaired-target"
    /// An `sxs-lookup` span with no translated span before it.
    public static let unpairedSource = "unpaired-source"
    /// A pair whose `data-ttu-id` and `data-stu-id` differ.
    public static let idMismatch = "id-mismatch"
    /// A segment span that is never closed.
    public static let unterminatedSpan = "unterminated-span"
    /// A segment span opened inside another segment span.
    public static let nestedSpan = "nested-span"
    /// A segment id used by more than one pair in the file.
    public static let duplicateID = "duplicate-id"
    /// Bytes that are not valid UTF-8.
    public static let invalidUTF8 = "invalid-utf8"
    /// Front matter that is not valid YAML, or is not closed.
    public static let frontMatter = "front-matter"
    /// Segment pairs written inside a code block, where Markdown shows their markup literally.
    public static let pairInCode = "pair-in-code"
    /// A segment id that is not of the form `prefix-number`.
    public static let malformedID = "malformed-id"
}
