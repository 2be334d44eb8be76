import ArgumentParser
import Foundation
import PartnerCenterRunnable
import SxsRunner

/// `sxs test`: every procedure of every article under a folder × locale × cloud, as acceptance tests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every procedure article of a folder in its locale on every cloud it applies to.",
        discussion: "Prints one line per run (article, locale, cloud, pass or fail) and a summary; exit 1 on any failure."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, junit }

    @Argument(help: "The folder of articles (with its scenarios/ folder).")
    var directory: String = "content"

    @Option(name: .long, help: "Output format: text or junit.")
    var format: Format = .text

    @Option(name: .long, help: "The folder of the locale data (<locale>/procedures.yml, ui-strings.xlf).")
    var locales: String = "locales"

    func validate() throws {
        for (name, path) in [("DIR", directory), ("--locales", locales)] {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || !isFolder.boolValue {
                throw ValidationError("\(name) \(path): no such folder")
            }
        }
    }

    func run() throws {
        let start = Date()
        let runs: [ArticleRun]
        do {
            let articles = try AcceptanceSuite.articles(in: directory, locales: locales)
            runs = AcceptanceSuite.run(articles, factory: try PartnerCenterProduct(localesDirectory: locales))
        } catch {
            StandardStreams.error("\(directory): error: \(error)")
            throw SxsExitCode.findings
        }
        try RunOutput.write(runs, format: format.rawValue, summaryOnly: true, seconds: Date().timeIntervalSince(start))
        if runs.isEmpty || !runs.allSatisfy(\.passed) { throw SxsExitCode.findings }
    }
}
