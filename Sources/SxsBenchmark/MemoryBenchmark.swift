import Foundation
import SideBySide
import SxsMemory

/// Times the translation memory over a corpus: import into a fresh database (target ≤ 3 s), the
/// same import again (every file unchanged), and search latency (p50/p99) for exact and fuzzy
/// queries drawn from the corpus, every other one perturbed (a word dropped, two words swapped).
struct MemoryBenchmark {
    let files: [String]
    let rounds: Int
    /// Where the databases are written.
    let scratchDirectory: String
    /// How many queries of each kind.
    var queryCount = 300

    func run() throws -> [String] {
        let base = FileManager.default.currentDirectoryPath
        var fresh = (seconds: Double.infinity, cpu: 0.0)
        var memory: TranslationMemory?
        var summary = ImportSummary()
        for round in 0..<rounds {
            let path = (scratchDirectory as NSString).appendingPathComponent("tm-\(round).sqlite")
            try? FileManager.default.removeItem(atPath: path)
            let tm = try TranslationMemory(path: path)
            let cpuStart = cpuTime(RUSAGE_SELF.rawValue)
            let start = DispatchTime.now()
            summary = try tm.importArticles(files, relativeTo: base)
            let seconds = Self.seconds(since: start)
            if seconds < fresh.seconds { fresh = (seconds, cpuTime(RUSAGE_SELF.rawValue) - cpuStart) }
            memory = tm
        }
        guard let memory else { return [] }
        var again = Double.infinity
        var changesKept = true
        for _ in 0..<rounds {
            let changes = try memory.totalChanges
            let start = DispatchTime.now()
            let second = try memory.importArticles(files, relativeTo: base)
            again = min(again, Self.seconds(since: start))
            let after = try memory.totalChanges
            changesKept = changesKept && second.unchanged == summary.imported + summary.replaced && after == changes
        }
        let statistics = try memory.statistics()
        var lines = [
            "memory: \(summary.files) files, \(statistics.articles) articles, \(statistics.pairs) pairs, \(statistics.distinctSources) distinct sources",
            "memory: import into a fresh database \(String(format: "%.3f", fresh.seconds)) s wall (\(String(format: "%.3f", fresh.cpu)) s CPU) (target <= 3 s); best of \(rounds)",
            "memory: re-import, every file unchanged \(String(format: "%.3f", again)) s wall; "
                + (changesKept ? "nothing written (total_changes unchanged)" : "SOMETHING WAS WRITTEN"),
        ]
        for locale in statistics.locales.map(\.locale) {
            let queries = try self.queries(from: memory, locale: locale)
            for fuzzy in [false, true] {
                var latencies: [Double] = []
                var found = 0
                for query in queries {
                    let start = DispatchTime.now()
                    let matches = try memory.matches(for: query, locale: locale, fuzzy: fuzzy, limit: 5)
                    latencies.append(Self.seconds(since: start) * 1000)
                    if !matches.isEmpty { found += 1 }
                }
                latencies.sort()
                lines.append("memory: search \(fuzzy ? "fuzzy" : "exact") \(locale): \(queries.count) queries (half perturbed), "
                             + "\(found) with a match; p50 \(String(format: "%.2f", Self.percentile(latencies, 0.5))) ms, "
                             + "p99 \(String(format: "%.2f", Self.percentile(latencies, 0.99))) ms, max \(String(format: "%.2f", latencies.last ?? 0)) ms")
            }
        }
        return lines
    }

    /// Stored English of `locale`, evenly spread; every other one perturbed.
    func queries(from memory: TranslationMemory, locale: String) throws -> [String] {
        let sources = try memory.distinctPairs(locale: locale).map(\.source)
        guard !sources.isEmpty else { return [] }
        let step = max(1, sources.count / queryCount)
        return stride(from: 0, to: sources.count, by: step).prefix(queryCount).enumerated().map { index, position in
            let source = sources[position]
            guard index % 2 == 1 else { return source }
            var words = source.split(separator: " ").map(String.init)
            if words.count > 3 {
                words.remove(at: 1)
                words.swapAt(words.count - 2, words.count - 3)
            }
            return words.joined(separator: " ")
        }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }
}
