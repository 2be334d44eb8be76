import SideBySide

/// What one ``TranslationMemory/importArticles(_:relativeTo:)`` did.
public struct ImportSummary: Sendable {
    /// Files stored for the first time.
    public var imported = 0
    /// Files whose content hash was already stored: nothing was written for them.
    public var unchanged = 0
    /// Files stored before with other content: their pairs were replaced.
    public var replaced = 0
    /// Files not stored: unreadable, or in no locale that can be told (files without pairs, such as
    /// a README, silently; files with pairs with an error).
    public var skipped = 0
    /// Pairs written by this import.
    public var pairsStored = 0
    /// Pairs of replaced versions removed by this import.
    public var pairsRemoved = 0
    /// Errors, in file order: files not stored, and the parser's errors in files stored (pairs
    /// without an English source are not stored).
    public var problems: [ImportProblem] = []

    public init() {}

    /// How many files were looked at.
    public var files: Int { imported + unchanged + replaced + skipped }
}

/// An error met while importing: where (`path:line:column`), and what and why.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The place in the file; nil when the whole file is concerned.
    public var location: SourceLocation?
    public var message: String
    /// The parser's diagnostic code, if the problem is one.
    public var code: String?

    public init(path: String, location: SourceLocation? = nil, message: String, code: String? = nil) {
        self.path = path
        self.location = location
        self.message = message
        self.code = code
    }

    public var description: String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return "\(place): error: \(message)" + (code.map { " [\($0)]" } ?? "")
    }
}
