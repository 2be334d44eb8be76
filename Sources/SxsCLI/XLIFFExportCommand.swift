import ArgumentParser
import Foundation
import SideBySide
import SxsInterchange
import SxsProcedures

/// `sxs xliff export`: one XLIFF file per article, its pairs as units and the rest as a skeleton.
struct XLIFFExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one XLIFF file per article: a unit per segment pair, inline markup as codes, a skeleton for the rest.",
        discussion: """
        Files are named DIR/<article>.<locale>.xlf; when two articles share a name, their subfolders \
        are mirrored below DIR. Units carry notes: where the segment is, its procedure step and UI \
        labels (from LOCALES/en-US/procedures.yml). `sxs xliff import` rebuilds the article byte for byte.
        """
    )

    @Argument(help: "The articles (.md), or folders searched for them.")
    var paths: [String]

    @Option(name: .long, help: "XLIFF version: 2.0 or 1.2.")
    var version: XLIFFVersion = .v2_0

    @OptionGroup var folder: OutputFolderOption

    @Option(name: .long, help: "The folder of the locale data (en-US/procedures.yml, for the procedure notes).")
    var locales: String = "locales"

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let files: [String]
        do {
            files = try FileIO.markdownFiles(in: paths)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        var patterns: LocaleProcedurePatterns?
        do {
            patterns = try LocaleProcedurePatterns.load(locale: "en-US", from: locales)
        } catch {
            StandardStreams.error("sxs: note: \(locales)/en-US/procedures.yml cannot be read, so units get no procedure notes")
        }
        let outcomes = XLIFFExportBatch.export(files, version: version, to: folder.output, exporter: XLIFFExporter(sourcePatterns: patterns))
        var failed = false
        var units = 0, written = 0
        for outcome in outcomes {
            for diagnostic in outcome.diagnostics where !diagnostics.errorsOnly || diagnostic.severity == .error {
                StandardStreams.error(diagnostic.formatted(path: outcome.article))
            }
            failed = failed || outcome.diagnostics.contains { $0.severity == .error }
            if let failure = outcome.failure {
                StandardStreams.error(failure.description)
                failed = true
            } else {
                written += 1
                units += outcome.units
            }
        }
        StandardStreams.output("xliff export: \(written) of \(outcomes.count) articles, \(units) units, XLIFF \(version.rawValue), in \(folder.output)\n")
        if failed { throw SxsExitCode.findings }
    }
}
