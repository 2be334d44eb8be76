import ArgumentParser
import Foundation
import SideBySide
import SxsCheck
import SxsMemory

/// `sxs tm`: the translation memory.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Keep every aligned pair in a translation memory (SQLite), search it, measure leverage, export TMX.",
        discussion: """
        The memory is one SQLite file (--db, default .sxs/tm.sqlite). Exact matches have the same English \
        once markup is removed and white space, case and typographic quotes are normalised; fuzzy scores \
        (0-100) are 100 minus the word-level edit distance in percent of the longer text.
        """,
        subcommands: [TMImportCommand.self, TMSearchCommand.self, TMLeverageCommand.self, TMExportCommand.self]
    )
}

/// The options every `sxs tm` command shares.
struct MemoryOptions: ParsableArguments {
    @Option(name: .long, help: "The translation memory database.")
    var db: String = TranslationMemory.defaultPath

    /// Opens the memory (creating it only with `create`); prints the error and exits 1 if it cannot.
    func open(create: Bool = false) throws -> TranslationMemory {
        do {
            return try TranslationMemory(path: db, create: create)
        } catch {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
    }

    /// Runs `body`; a memory error is printed and exits 1.
    func report<T>(_ body: () throws(FileIOError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
    }
}

/// Output formats of `sxs tm search` and `sxs tm leverage`.
enum MemoryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// A locale given on the command line (`zh-CN`, `zh-cn`), as the articles write it.
func validatedLocale(_ locale: String) throws -> String {
    let parts = locale.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
        throw ValidationError("--locale '\(locale)' is not a locale such as zh-CN")
    }
    return LocaleName.normalized(locale)
}
