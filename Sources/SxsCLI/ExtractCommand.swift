import ArgumentParser
import SideBySide

/// `sxs extract`: the article as plain Markdown in one language.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write an article in one language: every pair replaced by its target or its source.",
        discussion: """
        Everything outside the pairs is kept byte for byte. With --side source, front matter that is \
        translated in place (title, description, keywords) is kept and marked untranslated-source.
        """
    )

    @Argument(help: "The article (.md).")
    var path: String

    @Option(name: .long, help: "Which text of each pair to keep: target (the translation) or source (English).")
    var side: SxsWriter.Side

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let output, output == path {
            throw ValidationError("--output must not be the input file: extracting would replace the article")
        }
    }

    func run() throws {
        let document: SxsDocument
        do {
            document = try SxsParser().parse(contentsOf: path)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        let failed = diagnostics.report(document)
        let bytes = SxsWriter.extract(document, side: side)
        if let output {
            do {
                try FileIO.writeAtomically(bytes, to: output)
            } catch let error as FileIOError {
                StandardStreams.error(error.description)
                throw SxsExitCode.findings
            }
        } else {
            StandardStreams.output(bytes)
        }
        if failed { throw SxsExitCode.findings }
    }
}

extension SxsWriter.Side: ExpressibleByArgument {}
