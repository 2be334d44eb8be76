import SideBySide
@testable import SxsProcedures
import Testing

@Suite struct ProcedureStatisticsTests {
    @Test func countsPerLocaleAndListsUnrecognisedSteps() throws {
        var registry = ProcedureLocales(directory: Repository.locales)
        var statistics = ProcedureStatistics()
        let sxs = Article.sxs(locale: "zh-CN", "1.  {{选择**客户**。|Select **Customers**.}}\n2.  {{等待一会儿。|Wait a moment.}}\n")
        statistics.add(try ProcedureStatistics.Article(document: sxs, locales: &registry))
        statistics.add(try ProcedureStatistics.Article(document: try Repository.content("en-US", "add-a-new-customer"), locales: &registry))
        let zh = try #require(statistics.totals["zh-CN"])
        #expect(zh.articles == 1 && zh.procedures == 1)
        #expect(zh.targetSteps == 2 && zh.targetRecognised == 1)
        #expect(zh.sourceSteps == 2 && zh.sourceRecognised == 1)
        let en = try #require(statistics.totals["en-US (no pairs)"])
        #expect(en.targetSteps == 5 && en.targetRecognised == 5 && en.sourceSteps == 0)
        let report = statistics.report()
        #expect(report.contains("| zh-CN | 1 | 1 | 1 | 2 | 50.0% (1/2) | 2 | 50.0% (1/2) | 0 |"))
        #expect(report.contains("test/zh-CN/article.md:5: source: Wait a moment."))
        #expect(report.contains("test/zh-CN/article.md:5: target: 等待一会儿。"))
    }
}
