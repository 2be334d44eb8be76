import ArgumentParser
import Foundation
import SideBySide
import SxsInterchange

/// `sxs xliff import`: rebuilds articles from XLIFF files, with the targets translators changed.
struct XLIFFImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Rebuild articles from XLIFF 2.0 or 1.2 files exported by `sxs xliff export`.",
        discussion: """
        Each article is written atomically to DIR/<its original path>. A unit whose inline codes were \
        broken (missing, duplicated, unknown, crossing, data missing) is reported as an error and not \
        written: its segment keeps the target it was exported with. A file that declares a DTD or \
        entities, is not well-formed, or has no sxs skeleton is refused and nothing of it is written.
        """
    )

    @Argument(help: "The XLIFF files (.xlf, .xliff), or folders searched for them.")
    var paths: [String]

    @OptionGroup var folder: OutputFolderOption

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let files = XLIFFFiles.find(in: paths)
        var failed = false
        var written = 0, changed = 0, refusedUnits = 0
        for outcome in XLIFFImportBatch.importFiles(files, to: folder.output) {
            for diagnostic in outcome.diagnostics where !diagnostics.errorsOnly || diagnostic.severity == .error {
                StandardStreams.error(diagnostic.formatted(path: outcome.xliff))
            }
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            failed = failed || !errors.isEmpty
            if let failure = outcome.failure {
                StandardStreams.error(failure.description)
                failed = true
            }
            if outcome.article != nil {
                written += 1
                refusedUnits += errors.count
            }
            changed += outcome.changedUnits
        }
        StandardStreams.output("xliff import: \(written) of \(files.count) articles written to \(folder.output), \(changed) units changed, \(refusedUnits) units not written\n")
        if failed { throw SxsExitCode.findings }
    }
}
