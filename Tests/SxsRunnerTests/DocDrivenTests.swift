import Testing
@testable import SxsRunner

/// The shipped articles, followed word for word in their locale on every cloud they apply to.
@Suite struct DocDrivenTests {
    @Test(arguments: DocRun.all)
    func articlePasses(_ case_: DocRun) {
        let run = case_.article.run(cloud: case_.cloud, factory: Shipped.product)
        // The zh-CN create-a-new-subscription (2017) has a second procedure, "let customers manage their Azure
        // subscription", that happens in the Azure portal: the product has no "Microsoft Azure 管理门户" link.
        if case_.article.path.hasSuffix("zh-CN/create-a-new-subscription.md") {
            withKnownIssue("the product has no Azure management portal link (older zh-CN article)") {
                #expect(run.passed, "\(run.failure.map(String.init(describing:)) ?? "")")
            }
            #expect(run.transcripts.first?.passed == true, "its first procedure passes")
            return
        }
        #expect(run.passed, "\(run.failure.map(String.init(describing:)) ?? "")")
    }

    @Test func everyShippedLocaleAndCloudIsCovered() {
        #expect(Set(Shipped.articles.map(\.locale)) == ["en-US", "zh-CN", "ja-JP"])
        #expect(DocRun.all.count == 27)
        #expect(Set(DocRun.all.map(\.cloud)) == Set(ProductCloud.allCases))
    }
}
