import SideBySide
@testable import SxsCheck
import Testing

@Suite struct BrokenEmphasisRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: BrokenEmphasisRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (zh-CN 2021): ** before a quotation mark cannot open bold, so it prints.
        #expect(RuleTesting.messages(BrokenEmphasisRule(), "zh-CN", "从**仪表板**菜单中，依次选择**“支持请求”>“合作伙伴中心请求”**。", "From the **Dashboard** menu, select **Support requests > Partner Center requests**.").count == 1)
    }
}
