import ArgumentParser
import SideBySide
import SxsCheck

/// `sxs align`: a translated article against another version of its English.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a translated article with another version of its English source, or with another locale.",
        discussion: """
        A is a side-by-side article. B is an en-US article (plain Markdown) or another side-by-side article: \
        an older or newer version, or the same article in another locale. Segments are matched by their \
        English: exactly, normalised, then fuzzily (score), and reported as unchanged, changed (with a word \
        diff), new or removed. A segment whose English changed has a stale translation.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The translated article.")
    var first: String

    @Argument(help: "The other version: an en-US article or another side-by-side article.")
    var second: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "The least word similarity (0-1) for a fuzzy match.")
    var threshold: Double = 0.5

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    }

    func run() throws {
        let a: SxsDocument, b: SxsDocument
        do {
            a = try SxsParser().parse(contentsOf: first)
            b = try SxsParser().parse(contentsOf: second)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        let alignment = VersionAlignment(threshold: threshold)
        let rows = b.segments.isEmpty ? alignment.align(a, withEnglish: b) : alignment.align(a, with: b)
        switch format {
        case .text: StandardStreams.output(AlignmentReport.text(rows, first: first, second: second))
        case .json: StandardStreams.output(AlignmentReport.json(rows).serialized + "\n")
        }
        if a.hasErrors || b.hasErrors {
            for document in [a, b] {
                for diagnostic in document.diagnostics where diagnostic.severity == .error {
                    StandardStreams.error(diagnostic.formatted(path: document.path))
                }
            }
            throw SxsExitCode.findings
        }
    }
}
