import ArgumentParser
import SideBySide
import SxsMemory

/// `sxs tm export`: the memory as TMX 1.4b.
struct TMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the memory's distinct pairs as a TMX 1.4b file.",
        discussion: """
        One translation unit per distinct pair (locale, English, translation), with the article, segment, \
        translation type and date of its latest occurrence as props. Segments hold the sxs Markdown as \
        escaped text. The file is written atomically. Exit 0, 1 when the memory cannot be read or the file \
        cannot be written, 64 on usage errors.
        """
    )

    @Option(name: .long, help: "The TMX file to write.")
    var tmx: String

    @Option(name: .long, help: "Export only this locale's pairs.")
    var locale: String?

    @OptionGroup var memory: MemoryOptions

    mutating func validate() throws {
        if let locale { self.locale = try validatedLocale(locale) }
        guard tmx != memory.db else { throw ValidationError("--tmx must not be the database") }
    }

    func run() throws {
        let tm = try memory.open()
        let pairs = try memory.report { () throws(FileIOError) in try tm.distinctPairs(locale: locale) }
        do {
            let bytes = try TMXWriter(toolVersion: SxsCommand.configuration.version).bytes(of: pairs)
            try FileIO.writeAtomically(bytes, to: tmx)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        StandardStreams.output("tm export: \(pairs.count) translation units written to \(tmx)\n")
    }
}
