import ArgumentParser
import SideBySide
import SxsMemory

/// `sxs tm search`: stored translations of English like a text.
struct TMSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find stored translations of an English text: exact matches, and with --fuzzy scored fuzzy matches.",
        discussion: """
        TEXT is English, plain or Markdown. Exact: the same text once markup is removed and white space, \
        case and typographic quotes are normalised (score 100). Fuzzy: candidates sharing words (FTS5), \
        scored 0-100 by word-level edit distance; those under --min-score are left out. Exit 0 (also when \
        nothing matches), 1 when the memory cannot be read, 64 on usage errors.
        """
    )

    @Argument(help: "The English text to look up.")
    var text: String

    @Option(name: .long, help: "The locale of the translations (zh-CN, ja-JP).")
    var locale: String

    @Flag(name: .long, help: "Also return fuzzy matches, with their score.")
    var fuzzy = false

    @Option(name: .long, help: "The most matches to print.")
    var limit = 10

    @Option(name: .customLong("min-score"), help: "The least fuzzy score (0-100) to print.")
    var minScore = 50

    @Option(name: .long, help: "Output format: text or json.")
    var format: MemoryOutputFormat = .text

    @OptionGroup var memory: MemoryOptions

    mutating func validate() throws {
        locale = try validatedLocale(locale)
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard (0...100).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 100") }
        guard !text.allSatisfy(\.isWhitespace) else { throw ValidationError("give a text to search for") }
    }

    func run() throws {
        let tm = try memory.open()
        let matches = try memory.report { () throws(FileIOError) in
            try tm.matches(for: text, locale: locale, fuzzy: fuzzy, limit: limit, minimumScore: minScore)
        }
        switch format {
        case .text: StandardStreams.output(SearchReport.text(matches))
        case .json: StandardStreams.output(SearchReport.json(matches, query: text, locale: locale).serialized + "\n")
        }
    }
}
