import ArgumentParser
import Foundation
import SideBySide
import SxsInterchange

/// `sxs xliff validate`: XLIFF files checked against the shipped OASIS schemas.
struct XLIFFValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XLIFF 2.0 and 1.2 files against the OASIS schemas in SCHEMAS (no network)."
    )

    @Argument(help: "The XLIFF files (.xlf, .xliff), or folders searched for them.")
    var paths: [String]

    @Option(name: .long, help: "The folder of the schemas (xliff_core_2.0.xsd, xliff-core-1.2-strict.xsd).")
    var schemas: String = "schemas"

    func run() throws {
        let loaded: XLIFFSchemas
        do {
            loaded = try XLIFFSchemas(folder: schemas)
        } catch {
            StandardStreams.error("\(schemas): error: the schemas cannot be loaded: \(error)")
            throw SxsExitCode.findings
        }
        let files = XLIFFFiles.find(in: paths)
        var invalid = 0
        for file in files {
            let problems: [String]
            do {
                problems = loaded.validate(try FileIO.read(file)).problems.map { "\(file):\($0.line):1: error: \($0.message) [xliff-schema]" }
            } catch {
                problems = ["\(file): error: \(error)"]
            }
            problems.forEach(StandardStreams.error)
            if !problems.isEmpty { invalid += 1 }
        }
        StandardStreams.output("xliff validate: \(files.count - invalid) of \(files.count) files valid\n")
        if invalid > 0 { throw SxsExitCode.findings }
    }
}

/// The XLIFF files named by command-line paths: files as given, folders searched for `.xlf` and `.xliff`.
enum XLIFFFiles {
    static func find(in paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".xlf") || $0.hasSuffix(".xliff") }.sorted()
            return found.map { (path as NSString).appendingPathComponent($0) }
        }
    }
}
