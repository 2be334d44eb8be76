import ArgumentParser
import SideBySide

/// Options every command that reads articles shares.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: .long, help: "Do not print warnings and notes, only errors.")
    var errorsOnly = false

    /// Prints the document's diagnostics to standard error; true when any is an error.
    func report(_ document: SxsDocument) -> Bool {
        for diagnostic in document.diagnostics where !errorsOnly || diagnostic.severity == .error {
            StandardStreams.error(diagnostic.formatted(path: document.path))
        }
        return document.hasErrors
    }
}

/// How a command ended, as its exit status.
enum SxsExitCode {
    /// Everything was read and no error diagnostic was reported.
    static let success = ExitCode(0)
    /// An error diagnostic was reported, or a file could not be read or written.
    static let findings = ExitCode(1)
    /// The command line was wrong.
    static let usage = ExitCode(64)
}
