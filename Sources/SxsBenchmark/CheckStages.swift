import Foundation
import SideBySide
import SxsCheck
import SxsMarkup

/// Where the time of `sxs check` goes: each stage and each rule timed alone, in CPU time of one thread.
///
/// The figures add up to the CPU time of a whole check (less the parallel run's overhead), so
/// they say which stage a speed-up must come from; the wall-clock ratio is ``CheckBenchmark``'s.
struct CheckStages {
    let files: [String]
    var locales = "locales"

    func run() throws -> [String] {
        // CPU time of this thread: other processes on the machine do not count.
        func now() -> UInt64 {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
        func milliseconds(since start: UInt64) -> String {
            String(format: "%.0f ms", Double(now() - start) / 1e6)
        }
        let context = try CheckContext.load(locales: locales)
        let parser = SxsParser()
        var start = now()
        let documents = files.compactMap { try? parser.parse(contentsOf: $0) }
        var lines = ["stages: parse \(documents.count) files \(milliseconds(since: start))"]
        let tokenizer = HTMLTokenizer()
        start = now()
        let checked = documents.map { CheckedDocument($0, tokenizer: tokenizer) }
        lines.append("stages: pair facts \(milliseconds(since: start))")
        // As the runner runs them: every rule over one article, then the next article.
        let runner = CheckRunner(context: context)
        start = now()
        let found = checked.reduce(0) { $0 + runner.findings(in: $1).count }
        lines.append("stages: every article rule, article by article \(milliseconds(since: start)), \(found) findings")
        // Each rule alone over every article: the share of each (slower in sum, as the pairs leave the cache).
        for rule in RuleRegistry.documentRules {
            start = now()
            let count = checked.reduce(0) { $0 + rule.check($1, context: context).count }
            lines.append("stages: \(rule.descriptor.id) \(milliseconds(since: start)), \(count) violations")
        }
        for rule in RuleRegistry.corpusRules {
            start = now()
            let count = rule.check(checked, context: context).count
            lines.append("stages: \(rule.descriptor.id) \(milliseconds(since: start)), \(count) findings")
        }
        return lines
    }
}
