import ArgumentParser
import SideBySide

/// `sxs parse`: reads articles and prints their model.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse articles and print their model.",
        discussion: """
        json: one JSON object per file and line (JSON Lines); the schema is in the README.
        sxs:  the model written back as side-by-side Markdown (byte for byte the input).
        tree: an indented, readable dump of blocks and pairs.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, sxs, tree
    }

    @Argument(help: "Articles (.md), or folders to search for them.")
    var paths: [String]

    @Option(name: .long, help: "Output format: json, sxs or tree.")
    var format: Format = .json

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let files = try ArticleFiles.listed(in: paths)
        // Each file is parsed and rendered on a worker thread; only its output is kept, printed in order.
        let format = self.format
        let rendered = SxsParser.parseFiles(files) { result -> Result<(output: [UInt8], document: SxsDocument), FileIOError> in
            result.map { document in
                var output: [UInt8]
                switch format {
                case .json:
                    output = []
                    DocumentJSON.value(of: document).write(to: &output)
                    output.append(10)
                case .sxs: output = SxsWriter.sxs(document)
                case .tree: output = Array(TreeDump.text(of: document).utf8)
                }
                var diagnosticsOnly = document
                diagnosticsOnly.blocks = []
                diagnosticsOnly.segments = []
                return (output, diagnosticsOnly)
            }
        }
        var failed = false
        for result in rendered {
            switch result {
            case .failure(let error):
                StandardStreams.error(error.description)
                failed = true
            case .success(let (output, document)):
                StandardStreams.output(output)
                if diagnostics.report(document) { failed = true }
            }
        }
        if failed { throw SxsExitCode.findings }
    }
}
