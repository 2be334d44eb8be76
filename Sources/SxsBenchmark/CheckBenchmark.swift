import Foundation
import SideBySide
import SxsCheck

/// Times `sxs check` over a corpus — every rule, corpus consistency included, on all cores —
/// against `cmark-gfm --unsafe -e table` rendering the same files in the same run.
struct CheckBenchmark {
    let files: [String]
    let rounds: Int
    /// The locales folder (conventions and UI strings), as the CLI reads it.
    var locales = "locales"

    func run() throws -> [String] {
        let context = try CheckContext.load(locales: locales)
        let cmark = ParseBenchmark(files: files, rounds: 1)
        var best = (seconds: Double.infinity, cpu: 0.0, findings: 0)
        var cmarkBest = (seconds: Double.infinity, cpuSeconds: 0.0)
        // Each round's check over the render that follows it: the machine's speed drifts between rounds
        // (a shared host), and two runs a second apart see the same drift.
        var pairedRatios: [Double] = []
        for _ in 0..<rounds {
            let cpuStart = cpuTime(RUSAGE_SELF.rawValue)
            let start = DispatchTime.now()
            let report = CheckRunner(context: context).run(paths: files)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            if seconds < best.seconds { best = (seconds, cpuTime(RUSAGE_SELF.rawValue) - cpuStart, report.findings.count) }
            let render = try cmark.renderWithCmark()
            if render.seconds < cmarkBest.seconds { cmarkBest = render }
            pairedRatios.append(seconds / render.seconds)
        }
        pairedRatios.sort()
        let median = pairedRatios.count % 2 == 1 ? pairedRatios[pairedRatios.count / 2]
            : (pairedRatios[pairedRatios.count / 2 - 1] + pairedRatios[pairedRatios.count / 2]) / 2
        return [
            "check: \(files.count) files, \(RuleRegistry.descriptors.count) rules, \(best.findings) findings",
            "check: sxs check \(String(format: "%.3f", best.seconds)) s wall (\(String(format: "%.3f", best.cpu)) s CPU); cmark-gfm \(String(format: "%.3f", cmarkBest.seconds)) s wall",
            "check: ratio sxs check / cmark-gfm = \(String(format: "%.2f", best.seconds / cmarkBest.seconds))x wall (target <= 1.50x); best of \(rounds)",
            "check: round by round, check / the render after it: median \(String(format: "%.2f", median))x (\(String(format: "%.2f", pairedRatios.first!))x to \(String(format: "%.2f", pairedRatios.last!))x) over \(rounds) rounds",
        ]
    }
}
