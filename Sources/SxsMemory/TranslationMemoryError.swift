/// Why the translation memory could not be opened, read or written: which database, and what went wrong.
public struct TranslationMemoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// What went wrong, and why.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}
