import ArgumentParser
import Foundation
import SideBySide
import SxsMemory

/// `sxs tm import`: stores the aligned pairs of articles in the translation memory.
struct TMImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store every aligned pair of side-by-side articles in the translation memory.",
        discussion: """
        One transaction: every file is stored, or none. A file whose content hash is stored is left \
        alone; a changed file replaces its pairs. Files are known by their path relative to the current \
        directory. Exit 0 when every file was stored without error, 1 when a file could not be read or \
        had parse errors (the others are still stored) or the database failed (nothing is stored), 64 on usage errors.
        """
    )

    @Argument(help: "Side-by-side articles (.md), or folders to search for them.")
    var paths: [String]

    @OptionGroup var memory: MemoryOptions

    func run() throws {
        var files: [String] = []
        var failed = false
        for path in paths {
            do {
                files += try FileIO.markdownFiles(in: [path])
            } catch let error as FileIOError {
                StandardStreams.error(error.description)
                failed = true
            }
        }
        let tm = try memory.open(create: true)
        let summary = try memory.report { () throws(FileIOError) in
            try tm.importArticles(files, relativeTo: FileManager.default.currentDirectoryPath)
        }
        for problem in summary.problems { StandardStreams.error(problem.description) }
        let statistics = try memory.report { () throws(FileIOError) in try tm.statistics() }
        StandardStreams.output(ImportReport.text(summary, statistics: statistics, database: memory.db))
        if failed || !summary.problems.isEmpty { throw SxsExitCode.findings }
    }
}
