import ArgumentParser
import SideBySide
import SxsMemory

/// `sxs tm leverage`: how much of a new English article the memory translates.
struct TMLeverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leverage",
        abstract: "Count the segments and words of an English article the memory translates exactly, fuzzily (by band) or not at all.",
        discussion: """
        ARTICLE is an en-US article in plain Markdown (cut into sentences as the localization tool cuts \
        them) or a side-by-side article (its English sources). Bands: context (101%: exact, same article \
        file name, same previous segment), exact (100%), repetition (within the article), fuzzy 95-99, \
        85-94, 75-84, 50-74, no match. Exit 0, 1 when a file cannot be read, 64 on usage errors.
        """
    )

    @Argument(help: "The English article (.md).")
    var article: String

    @Option(name: .long, help: "The locale of the translations (zh-CN, ja-JP).")
    var locale: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: MemoryOutputFormat = .text

    @OptionGroup var memory: MemoryOptions

    mutating func validate() throws {
        locale = try validatedLocale(locale)
    }

    func run() throws {
        let document: SxsDocument
        do {
            document = try SxsParser().parse(contentsOf: article)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        let tm = try memory.open()
        let report = try memory.report { () throws(FileIOError) in try tm.leverage(of: document, locale: locale) }
        switch format {
        case .text: StandardStreams.output(LeverageTable.text(report))
        case .json: StandardStreams.output(LeverageTable.json(report).serialized + "\n")
        }
    }
}
