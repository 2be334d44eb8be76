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
        /// Wall-clock time.
        var seconds: Double
        /// CPU time (user + system) of the threads that did the work.
        var cpuSeconds: Double
        var bytes: Int
        var segments: Int
    }

    /// Parses every file on all cores, keeping only counts (documents are dropped as they are done).
    func parseCorpus() -> Measurement {
        let cpuStart = cpuTime(RUSAGE_SELF.rawValue)
        let start = DispatchTime.now()
        let counts = SxsParser.parseFiles(files) { result -> (bytes: Int, segments: Int) in
            guard case .success(let document) = result else { return (0, 0) }
            return (document.source.bytes.count, document.segments.count)
        }
        let bytes = counts.reduce(0) { $0 + $1.bytes }
        let segments = counts.reduce(0) { $0 + $1.segments }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Measurement(seconds: seconds, cpuSeconds: cpuTime(RUSAGE_SELF.rawValue) - cpuStart, bytes: bytes, segments: segments)
    }

    /// Renders every file with the cmark-gfm command, in one process, output discarded: wall and CPU seconds.
    func renderWithCmark() throws -> (seconds: Double, cpuSeconds: Double) {
        let cpuStart = cpuTime(RUSAGE_CHILDREN.rawValue)
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
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (seconds, cpuTime(RUSAGE_CHILDREN.rawValue) - cpuStart)
    }

    func run() throws -> [String] {
        var ours: Measurement?
        var cmark = (seconds: Double.infinity, cpuSeconds: Double.infinity)
        for _ in 0..<rounds {
            let measurement = parseCorpus()
            if ours == nil || measurement.seconds < ours!.seconds { ours = measurement }
            let render = try renderWithCmark()
            if render.seconds < cmark.seconds { cmark = render }
        }
        let best = ours!
        let megabytes = Double(best.bytes) / 1_048_576
        func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
        return [
            "parse: \(files.count) files, \(format(megabytes, 1)) MiB, \(best.segments) segments, \(ProcessInfo.processInfo.activeProcessorCount) cores",
            "parse: sxs \(format(best.seconds)) s wall (\(format(best.cpuSeconds)) s CPU) = \(format(megabytes / best.seconds, 1)) MiB/s, \(Int(Double(best.segments) / best.seconds)) segments/s",
            "parse: cmark-gfm --unsafe -e table \(format(cmark.seconds)) s wall (\(format(cmark.cpuSeconds)) s CPU) = \(format(megabytes / cmark.seconds, 1)) MiB/s",
            "parse: ratio sxs / cmark-gfm = \(format(best.seconds / cmark.seconds, 2))x wall (target <= 1.00x), \(format(best.cpuSeconds / cmark.cpuSeconds, 2))x CPU; best of \(rounds)",
        ]
    }
}

/// CPU time (user + system) so far of `who` (this process, or its finished children), in seconds.
func cpuTime(_ who: Int32) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(who), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}
