import Foundation
import SxsInterchange
import SxsProcedures

/// `sxs xliff export` then `sxs xliff import` of every article, in process, on all cores, XLIFF 2.0
/// then 1.2: wall and CPU time of each half and articles per second; the best of `rounds` rounds.
/// The round trip is checked too: the count of articles rebuilt byte for byte is printed.
func xliffBenchmarkLines(files: [String], rounds: Int, locales: String, scratchDirectory: String) -> [String] {
    let exporter = XLIFFExporter(sourcePatterns: try? LocaleProcedurePatterns.load(locale: "en-US", from: locales))
    var lines: [String] = []
    for version in XLIFFVersion.allCases {
        var best = (export: Double.infinity, exportCPU: 0.0, import: Double.infinity, importCPU: 0.0)
        var identical = 0, units = 0
        for round in 0..<rounds {
            let folder = (scratchDirectory as NSString).appendingPathComponent("xliff-\(version.rawValue)-\(round)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var cpu = cpuTime(RUSAGE_SELF.rawValue)
            var start = DispatchTime.now()
            let exported = XLIFFExportBatch.export(files, version: version, to: (folder as NSString).appendingPathComponent("x"), exporter: exporter)
            let exportSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let exportCPU = cpuTime(RUSAGE_SELF.rawValue) - cpu
            cpu = cpuTime(RUSAGE_SELF.rawValue)
            start = DispatchTime.now()
            let imported = XLIFFImportBatch.importFiles(exported.compactMap(\.xliff), to: (folder as NSString).appendingPathComponent("back"))
            let importSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let importCPU = cpuTime(RUSAGE_SELF.rawValue) - cpu
            if exportSeconds < best.export { best.export = exportSeconds; best.exportCPU = exportCPU }
            if importSeconds < best.import { best.import = importSeconds; best.importCPU = importCPU }
            units = exported.reduce(0) { $0 + $1.units }
            identical = zip(exported, imported).filter { export, outcome in
                guard let article = outcome.article else { return false }
                return FileManager.default.contentsEqual(atPath: export.article, andPath: article)
            }.count
        }
        lines += [
            String(format: "xliff %@: export %d articles (%d units) %.3f s wall (%.3f s CPU), %.0f articles/s",
                   version.rawValue, files.count, units, best.export, best.exportCPU, Double(files.count) / best.export),
            String(format: "xliff %@: import %.3f s wall (%.3f s CPU), %.0f articles/s; %d of %d rebuilt byte for byte; best of %d",
                   version.rawValue, best.import, best.importCPU, Double(files.count) / best.import, identical, files.count, rounds),
        ]
    }
    return lines
}
