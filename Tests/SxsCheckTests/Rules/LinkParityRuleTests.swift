import SideBySide
@testable import SxsCheck
import Testing

@Suite struct LinkParityRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: LinkParityRule())
    }

    @Test func reportsWhatAndWhere() {
        let messages = RuleTesting.messages(LinkParityRule(), "zh-CN", "请参阅[创建订阅](create-subscription.md)。", "See [Create a subscription](create-a-new-subscription.md).")
        #expect(messages == ["the source links to 'create-a-new-subscription.md', the translation does not",
                             "the translation links to 'create-subscription.md', which the source does not"])
    }
}
