import Foundation
import Testing
@testable import SxsRunner

@Suite struct ProcedureRunnerTests {
    @Test func transcriptOfTheChineseSeed() throws {
        let article = try #require(Shipped.articles.first { $0.path.hasSuffix("zh-CN/add-a-new-customer.md") })
        let run = article.run(cloud: .germany, factory: Shipped.product)
        #expect(run.passed)
        let entries = try #require(run.transcripts.first?.entries)
        #expect(entries.first?.written == "仪表板 > 客户")
        #expect(entries.first?.controls == ["dashboard “仪表板” (exact)", "dashboard.customers “客户” (exact)"])
        #expect(entries.contains { $0.action == .assertPage && $0.written == "帐户信息" })
        #expect(entries.contains { $0.written == "编辑" && $0.result.contains("not selected") })
        let capture = try #require(entries.first { $0.action == .captureOutput })
        #expect(capture.result.contains("admin@fabrikam.onmicrosoft.de"))
        #expect(Set(entries.map(\.step)) == [1, 2, 3, 4, 5])
    }

    @Test func outputsAreChecked() throws {
        var article = try #require(Shipped.articles.first { $0.path.hasSuffix("ja-JP/add-a-new-customer.md") })
        article.scenario.outputs["output.adminUserName"] = "^admin@contoso\\."
        let failure = try #require(article.run(cloud: .worldwide, factory: Shipped.product).failure)
        #expect(failure.step == 5 && failure.message.contains("admin@fabrikam.onmicrosoft.com"))
    }

    @Test func productErrorsAreLocalized() throws {
        var article = try #require(Shipped.articles.first { $0.path.hasSuffix("zh-CN/add-a-new-customer.md") })
        article.scenario.values["addCustomer.accountInfo.companyName"] = ""
        let failure = try #require(article.run(cloud: .worldwide, factory: Shipped.product).failure)
        #expect(failure.step == 2 && failure.label == "下一步: 订阅")
        #expect(failure.message.hasPrefix("the product refused: "))
        #expect(failure.message.unicodeScalars.contains { $0.value >= 0x4E00 }, "a Chinese message: \(failure.message)")
    }

    @Test func missingScenarioDataFails() throws {
        var article = try #require(Shipped.articles.first { $0.path.hasSuffix("en-US/create-a-new-subscription.md") })
        article.scenario.choose = []
        let failure = try #require(article.run(cloud: .worldwide, factory: Shipped.product).failure)
        #expect(failure.step == 1 && failure.message.contains("the scenario chooses none"))
        #expect(failure.offered.contains("Wingtip Toys"))
    }

    @Test func reportsInEveryFormat() throws {
        let article = try #require(Shipped.articles.first { $0.path.hasSuffix("en-US/request-a-relationship-with-a-customer.md") })
        let runs = [article.run(cloud: .usgov, factory: Shipped.product)]
        let text = RunReport.text(runs)
        #expect(text.contains("step 3  external  “Send the email”"))
        #expect(text.contains("https://portal.office365.us/"))
        #expect(text.hasSuffix("PASS 5 steps\n"))
        #expect(RunReport.summary(runs).hasSuffix("1 runs: 1 passed, 0 failed\n"))
        let json = try JSONSerialization.jsonObject(with: Data(RunReport.json(runs).utf8)) as? [String: Any]
        #expect(json?["passed"] as? Bool == true && json?["schemaVersion"] as? Int == 1)
        let junit = String(decoding: try RunReport.junit(runs), as: UTF8.self)
        #expect(junit.contains("<testcase") && junit.contains("usgov: Invite a customer") && !junit.contains("<failure"))
    }

    @Test func clouds() {
        #expect(ProductCloud(applicability: "us-government") == .usgov)
        #expect(ProductCloud(applicability: "partner-center") == .worldwide)
        #expect(ProductCloud(applicability: "mars") == nil)
    }
}
