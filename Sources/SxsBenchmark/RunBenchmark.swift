import Foundation
import PartnerCenterRunnable
import SxsRunner

/// `sxs test content/` in process: wall time of the whole suite (loading articles, scenarios and UI
/// strings included) and runs per second; the best of five rounds.
func runBenchmarkLines(content: String, locales: String) -> [String] {
    var best = Double.infinity
    var runs: [ArticleRun] = []
    for _ in 0..<5 {
        let start = Date()
        do {
            let product = try PartnerCenterProduct(localesDirectory: locales)
            let articles = try AcceptanceSuite.articles(in: content, locales: locales)
            runs = AcceptanceSuite.run(articles, factory: product)
        } catch {
            return ["run: error: \(error)"]
        }
        best = min(best, Date().timeIntervalSince(start))
    }
    let steps = runs.reduce(0) { $0 + $1.transcripts.reduce(0) { $0 + $1.stepCount } }
    let passed = runs.filter(\.passed).count
    return [
        String(format: "run: sxs test %@: %d runs (%d passed), %d steps in %.1f ms (best of 5; target < 1 s)",
               content, runs.count, passed, steps, best * 1000),
        String(format: "run: %.0f runs/s, %.0f steps/s", Double(runs.count) / best, Double(steps) / best),
    ]
}
