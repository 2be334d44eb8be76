import Foundation
import SideBySide

/// Exports articles to XLIFF files in a folder, parsing and writing on all cores.
public enum XLIFFExportBatch {
    /// What became of one article.
    public struct Outcome: Sendable {
        /// The article's path, as given.
        public var article: String
        /// The XLIFF file written, or nil when none was.
        public var xliff: String?
        /// How many units the file has.
        public var units: Int
        /// The parse's diagnostics (in the article) and the export's warnings.
        public var diagnostics: [Diagnostic]
        /// Why nothing was written (the article or the output cannot be read or written).
        public var failure: FileIOError?
    }

    /// Exports each of `paths` as `version` into `folder`, named by ``ExportNames``; outcomes in order.
    public static func export(_ paths: [String], version: XLIFFVersion, to folder: String, exporter: XLIFFExporter) -> [Outcome] {
        let originals = Dictionary(zip(paths, ExportNames.originals(for: paths)), uniquingKeysWith: { first, _ in first })
        return SxsParser.parseFiles(paths) { result -> Outcome in
            switch result {
            case .failure(let error):
                return Outcome(article: error.path, xliff: nil, units: 0, diagnostics: [], failure: error)
            case .success(let article):
                let original = originals[article.path] ?? (article.path as NSString).lastPathComponent
                let (document, warnings) = exporter.export(article, original: original)
                let output = (folder as NSString).appendingPathComponent(ExportNames.xliffFile(for: original, language: document.targetLanguage))
                do {
                    try FileIO.writeAtomically(try XLIFFWriter.write(document, version: version), to: output)
                } catch let error as FileIOError {
                    return Outcome(article: article.path, xliff: nil, units: 0, diagnostics: article.diagnostics + warnings, failure: error)
                } catch {
                    return Outcome(article: article.path, xliff: nil, units: 0, diagnostics: article.diagnostics + warnings,
                                   failure: FileIOError(path: output, message: "cannot be written as XLIFF: \(error)"))
                }
                return Outcome(article: article.path, xliff: output, units: document.units.count,
                               diagnostics: (article.diagnostics + warnings).sorted { $0.location < $1.location }, failure: nil)
            }
        }
    }
}
