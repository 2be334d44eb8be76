import ArgumentParser
import SideBySide

/// `sxs`: the SideBySide command line.
@main
struct SxsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sxs",
        abstract: "Parse, extract and check side-by-side (sxs) localized Markdown articles.",
        discussion: """
        Exit status: 0 success, 1 when an error diagnostic was reported, 64 on usage errors.
        Diagnostics go to standard error as path:line:column: severity: message [code].
        """,
        version: "0.1.0",
        subcommands: [ParseCommand.self, ExtractCommand.self, ProceduresCommand.self, CheckCommand.self, AlignCommand.self, RunCommand.self, TestCommand.self,
                      XLIFFCommand.self, TMCommand.self]
    )

    static func main() {
        MemoryTuning.keepFreedMemory()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
