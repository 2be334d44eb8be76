import Foundation
import SideBySide

/// Times parsing a corpus with `SxsParser` on every core against `cmark-gfm --unsafe -e table`
/// rendering the same files, in the same run.
struct ParseBenchmark {
    /// The `.md` files measured.
    let files: [String]
    /// How many times each side runs; the fastest run counts.
    let rounds: Int

    struct Measurement {
        var seconds: Double
        var bytes: Int
        var segments: Int
    }

    /// Parses every file on all cores, keeping only counts (documents are dropped as they are done).
    func parseCorpus() -> Measurement {
        let start = DispatchTime.now()
        let counts = SxsParser.parseFiles(files) { result -> (bytes: Int, segments: Int) in
            guard case .success(let document) = result else { return (0, 0) }
            return (document.source.bytes.count, document.segments.count)
        }
        let bytes = counts.reduce(0) { $0 + $1.bytes }
        let segments = counts.reduce(0) { $0 + $1.segments }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Measurement(seconds: seconds, bytes: bytes, segments: segments)
    }

    /// Renders every file with the cmark-gfm command, in one process, output discarded.
    func renderWithCmark() throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark-gfm", "--unsafe", "-e", "table"] + files
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now()
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FileIOError(path: "cmark-gfm", message: "exited with status \(process.terminationStatus); is it installed (apt cmark-gfm)?")
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    func run() throws -> [String] {
        var ours: Measurement?
        var cmark = Double.infinity
        for _ in 0..<rounds {
            let measurement = parseCorpus()
            if ours == nil || measurement.seconds < ours!.seconds { ours = measurement }
            cmark = min(cmark, try renderWithCmark())
        }
        let best = ours!
        let megabytes = Double(best.bytes) / 1_048_576
        return [
            "parse: \(files.count) files, \(String(format: "%.1f", megabytes)) MiB, \(best.segments) segments, \(ProcessInfo.processInfo.activeProcessorCount) cores",
            "parse: sxs \(String(format: "%.3f", best.seconds)) s = \(String(format: "%.1f", megabytes / best.seconds)) MiB/s, \(Int(Double(best.segments) / best.seconds)) segments/s",
            "parse: cmark-gfm --unsafe -e table \(String(format: "%.3f", cmark)) s = \(String(format: "%.1f", megabytes / cmark)) MiB/s",
            "parse: ratio sxs / cmark-gfm = \(String(format: "%.2f", best.seconds / cmark))x (target <= 1.00x), best of \(rounds)",
        ]
    }
}

/// The peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}
