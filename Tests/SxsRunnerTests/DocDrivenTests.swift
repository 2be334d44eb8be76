import Testing
@testable import SxsRunner

/// The shipped articles, followed word for word in their locale on every cloud they apply to.
@Suite struct DocDrivenTests {
    @Test(arguments: DocRun.all)
    func articlePasses(_ case_: DocRun) {
        let run = case_.article.run(cloud: case_.cloud, factory: Shipped.product)
        #expect(run.passed, "\(run.failure.map(String.init(describing:)) ?? "")")
    }

    @Test func everyShippedLocaleAndCloudIsCovered() {
        #expect(Set(Shipped.articles.map(\.locale)) == ["en-US", "zh-CN", "ja-JP"])
        #expect(DocRun.all.count == 27)
        #expect(Set(DocRun.all.map(\.cloud)) == Set(ProductCloud.allCases))
    }
}
