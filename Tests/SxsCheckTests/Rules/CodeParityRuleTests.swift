import SideBySide
@testable import SxsCheck
import Testing

@Suite struct CodeParityRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: CodeParityRule())
    }

    @Test func reportsWhatAndWhere() {
        #expect(RuleTesting.messages(CodeParityRule(), "zh-CN", "使用 `contoso.cn` 地址。", "Use the `contoso.com` address.") == [
            "the source's code `contoso.com` is not in the translation", "the translation's code `contoso.cn` is not in the source"])
    }
}
