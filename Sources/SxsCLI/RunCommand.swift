import ArgumentParser
import Foundation
import PartnerCenterRunnable
import SideBySide
import SxsProcedures
import SxsRunner

/// `sxs run`: follows an article's procedures in the product's UI, in the article's locale.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an article's procedures against Partner Center's UI in the article's locale, step by step.",
        discussion: """
        Each step's actions are resolved by the label as written against the labels the page shows in the
        article's locale; data the steps ask for comes from the article's scenario (content/scenarios/*.yml,
        found by ms.assetid or file name). Each procedure runs once per cloud of its Applies to list.
        Exit 0 when every step passed, 1 when one failed, 64 on usage errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

    @Argument(help: "The article (.md).")
    var article: String

    @Option(name: .long, help: "The scenario file (default: found in the scenarios folder near the article).")
    var scenario: String?

    @Option(name: .long, help: "Run in this cloud only: worldwide, usgov or germany.")
    var cloud: ProductCloud?

    @Option(name: .long, help: "Keep the product's data in this SQLite store (default: in memory).")
    var store: String?

    @Option(name: .long, help: "Output format: text, json or junit.")
    var format: Format = .text

    @Option(name: .long, help: "The folder of the locale data (<locale>/procedures.yml, ui-strings.xlf).")
    var locales: String = "locales"

    func validate() throws {
        guard FileManager.default.fileExists(atPath: article) else { throw ValidationError("\(article): no such file") }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: locales, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--locales \(locales): no such folder")
        }
    }

    func run() throws {
        let runs: [ArticleRun]
        do {
            let document = try SxsParser().parse(contentsOf: article)
            var registry = ProcedureLocales(directory: locales)
            let given = try scenario.map { path throws in try Scenario.load(path: path) }
            let library = try given == nil ? ScenarioLibrary.directory(near: article).map { try ScenarioLibrary(directory: $0) } : nil
            let loaded = try RunnableArticle.load(document: document, locales: &registry, scenario: given, library: library)
            if let cloud, !loaded.clouds.contains(cloud) {
                StandardStreams.error("\(article): error: no procedure applies to --cloud \(cloud.rawValue)")
                throw SxsExitCode.usage
            }
            let product = try PartnerCenterProduct(localesDirectory: locales, storePath: store)
            runs = (cloud.map { [$0] } ?? loaded.clouds).map { loaded.run(cloud: $0, factory: product) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardStreams.error("\(article): error: \(error)")
            throw SxsExitCode.findings
        }
        try RunOutput.write(runs, format: format.rawValue)
        if runs.isEmpty || !runs.allSatisfy(\.passed) { throw SxsExitCode.findings }
    }
}

extension ProductCloud: ExpressibleByArgument {}

/// Writes runs to standard output in a format name (`text`, `json`, `junit`).
enum RunOutput {
    static func write(_ runs: [ArticleRun], format: String, summaryOnly: Bool = false, seconds: Double? = nil) throws {
        switch format {
        case "json": StandardStreams.output(RunReport.json(runs))
        case "junit":
            do { StandardStreams.output(try RunReport.junit(runs)) } catch {
                StandardStreams.error("error: \(error)")
                throw SxsExitCode.findings
            }
        default: StandardStreams.output(summaryOnly ? RunReport.summary(runs, seconds: seconds) : RunReport.text(runs))
        }
    }
}
