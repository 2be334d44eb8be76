import ArgumentParser
import Foundation
import SideBySide
import SxsCheck
import SxsMemory

/// `sxs check`: translation consistency checks.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check translated articles against their English source and each other.",
        discussion: """
        Rules, settings and allowlists come from the nearest .sxs.yml above the first path, then from \
        --enable/--disable. A baseline (--baseline) hides the findings it lists; --write-baseline writes \
        the current findings as one. Exit 0 when no error-severity finding, 1 otherwise, 64 on usage errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit
    }

    @Argument(help: "Articles (.md), or folders to search for them.")
    var paths: [String] = []

    @Option(name: .long, help: "A folder of current en-US articles: report pairs whose English changed (stale).")
    var against: String?

    @Option(name: .long, help: "A translation memory (sxs tm import): consistency rules also compare with its pairs.")
    var tm: String?

    @Option(name: .long, help: "The locales folder (conventions.yml, ui-strings.xlf per locale).")
    var locales: String = "locales"

    @Option(name: .long, help: "Output format: text, json, sarif or junit.")
    var format: Format = .text

    @Option(name: .long, parsing: .singleValue, help: "Turn a rule on (repeatable).")
    var enable: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Turn a rule off (repeatable).")
    var disable: [String] = []

    @Option(name: .long, help: "Report only findings not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the findings to this baseline file (atomically).")
    var writeBaseline: String?

    @Flag(name: .customLong("list-rules"), help: "List the rules, one per line: id, default severity, category, rationale.")
    var listRules = false

    func validate() throws {
        if listRules { return }
        guard !paths.isEmpty else { throw ValidationError("give at least one article or folder to check") }
        for id in enable + disable where RuleRegistry.descriptor(id) == nil {
            throw ValidationError("unknown rule '\(id)'; sxs check --list-rules lists them")
        }
    }

    func run() throws {
        if listRules {
            for rule in RuleRegistry.descriptors {
                StandardStreams.output("\(rule.id)\t\(rule.defaultSeverity.rawValue)\t\(rule.category.rawValue)\t\(rule.rationale)\n")
            }
            return
        }
        let files: [String]
        var configuration: CheckConfiguration
        var context: CheckContext
        var known = Baseline()
        do {
            files = try FileIO.markdownFiles(in: paths)
            configuration = try CheckConfiguration.locate(from: paths[0]).map(CheckConfiguration.load) ?? CheckConfiguration()
            context = try CheckContext.load(locales: locales)
            if let against { try context.loadCurrentEnglish(from: against) }
            if let baseline { known = try Baseline.load(baseline) }
            if let tm { context.translationIndex = try TranslationMemoryIndex(TranslationMemory(path: tm, create: false)) }
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        for id in enable { configuration.rules[id] = .on(nil) }
        for id in disable { configuration.rules[id] = .off }
        if against == nil, configuration.rules["stale-translation"] == nil { configuration.rules["stale-translation"] = .off }

        let report = CheckRunner(configuration: configuration, context: context, baseline: known).run(paths: files)
        for error in report.unreadable { StandardStreams.error(error.description) }
        switch format {
        case .text: StandardStreams.output(TextReportWriter.text(of: report))
        case .json: StandardStreams.output(JSONReportWriter.value(of: report).serialized + "\n")
        case .sarif: StandardStreams.output(SARIFReportWriter.value(of: report, version: SxsCommand.configuration.version).serialized + "\n")
        case .junit: StandardStreams.output(try JUnitReportWriter.bytes(of: report, files: files))
        }
        if let writeBaseline {
            do {
                try Baseline.write(report.findings, to: writeBaseline)
            } catch let error as FileIOError {
                StandardStreams.error(error.description)
                throw SxsExitCode.findings
            }
        }
        if report.hasErrors { throw SxsExitCode.findings }
    }
}
