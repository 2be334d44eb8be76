import ArgumentParser
import Foundation
import SideBySide
import SxsProcedures

/// `sxs procedures`: an article's procedures as step-by-step output, or recognition statistics.
struct ProceduresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedures",
        abstract: "Extract the procedures of an article: steps and the UI actions recognised in them.",
        discussion: """
        markdown:  clean numbered steps, without pair markup.
        html:      one standalone, accessible HTML page.
        json:      the procedures, steps and actions (schema in JSONProcedureWriter.swift).
        dita:      a DITA 1.3 task topic per procedure (one <dita> wrapper when there are several).
        bilingual: target and source, step by step (Markdown).
        --stats PATH...: per locale, the share of steps whose actions are recognised from the target
        and from the source text, then every unrecognised step as path:line.
        Phrase patterns and label styles are read from LOCALES/<locale>/procedures.yml.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, json, dita, bilingual
    }

    @Argument(help: "The article (.md); with --stats, articles or folders.")
    var paths: [String]

    @Option(name: .long, help: "Which text to read: target (the translation) or source (English).")
    var side: ProcedureSide = .target

    @Option(name: .long, help: "Output format: markdown, html, json, dita or bilingual.")
    var format: Format = .markdown

    @Option(name: .long, help: "The folder of the locale data (<locale>/procedures.yml).")
    var locales: String = "locales"

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Print recognition statistics over every article in PATHS instead.")
    var stats = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if !stats && paths.count != 1 {
            throw ValidationError("give exactly one article (or use --stats for several)")
        }
        if let output, paths.contains(output) {
            throw ValidationError("--output must not be the input file")
        }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: locales, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--locales \(locales): no such folder (it holds <locale>/procedures.yml)")
        }
    }

    func run() throws {
        if stats { return try runStatistics() }
        let document: SxsDocument
        do {
            document = try SxsParser().parse(contentsOf: paths[0])
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
        let failed = diagnostics.report(document)
        var registry = ProcedureLocales(directory: locales)
        let bytes: [UInt8]
        do {
            let chosen = try ArticleProcedures.extract(from: document, side: side, locales: &registry)
            switch format {
            case .markdown: bytes = Array(MarkdownProcedureWriter.markdown(chosen.procedures).utf8)
            case .json: bytes = JSONProcedureWriter.json(chosen.procedures, path: document.path, side: side, locale: chosen.locale)
            case .html: bytes = Array(HTMLProcedureWriter.html(chosen).utf8)
            case .dita: bytes = try DITAProcedureWriter.dita(chosen)
            case .bilingual:
                let target = try ArticleProcedures.extract(from: document, side: .target, locales: &registry)
                let source = try ArticleProcedures.extract(from: document, side: .source, locales: &registry)
                bytes = Array(BilingualProcedureWriter.markdown(target: target, source: source).utf8)
            }
        } catch {
            StandardStreams.error("\(document.path): error: \(error)")
            throw SxsExitCode.findings
        }
        try write(bytes)
        if failed { throw SxsExitCode.findings }
    }

    private func write(_ bytes: [UInt8]) throws {
        guard let output else { return StandardStreams.output(bytes) }
        do {
            try FileIO.writeAtomically(bytes, to: output)
        } catch let error as FileIOError {
            StandardStreams.error(error.description)
            throw SxsExitCode.findings
        }
    }

    private func runStatistics() throws {
        let files = try ArticleFiles.listed(in: paths)
        let directory = locales
        var failed = false
        let results = SxsParser.parseFiles(files) { result -> Result<ProcedureStatistics.Article, Error> in
            do {
                let document = try result.get()
                var registry = ProcedureLocales(directory: directory)
                return .success(try ProcedureStatistics.Article(document: document, locales: &registry))
            } catch {
                return .failure(error)
            }
        }
        var statistics = ProcedureStatistics()
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let article): statistics.add(article)
            case .failure(let error as FileIOError):
                StandardStreams.error(error.description); failed = true
            case .failure(let error):
                StandardStreams.error("\(file): error: \(error)"); failed = true
            }
        }
        try write(Array(statistics.report().utf8))
        if failed { throw SxsExitCode.findings }
    }
}

extension ProcedureSide: ExpressibleByArgument {}
