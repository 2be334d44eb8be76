import SideBySide
@testable import SxsCheck
import Testing

@Suite struct IDMismatchRuleTests {
    @Test func examples() {
        RuleTesting.expectExamples(of: IDMismatchRule())
    }

    @Test func reportsWhatAndWhere() {
        let messages = RuleTesting.violations(IDMismatchRule(), .document("zh-CN", #"<span data-ttu-id="063b3-113">甲</span><span class="sxs-lookup"><span data-stu-id="063b3-114">A</span></span>"#, triggers: true)).map(\.message)
        #expect(messages.count == 1)
        #expect(messages[0].contains("063b3-114"))
    }
}
