import SideBySide
@testable import SxsCheck
import Testing

@Suite struct UnbalancedBracketsRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: UnbalancedBracketsRule())
    }

    @Test func reportsWhatAndWhere() {
        // From the corpus (zh-CN 2021, machine translation).
        let messages = RuleTesting.messages(UnbalancedBracketsRule(), "zh-CN", "选择 **\"访问控制 (IAM)** 以分配市场管理员角色。", "Select **Access control (IAM)** to assign the Marketplace admin role.")
        #expect(messages == ["the translation has an odd number of '\"'"])
    }
}
