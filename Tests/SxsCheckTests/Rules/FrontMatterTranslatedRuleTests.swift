import Foundation
import SideBySide
@testable import SxsCheck
import Testing

@Suite struct FrontMatterTranslatedRuleTests {
    @Test func reportsAnEnglishTitleInATranslatedArticle() {
        let document = RuleTesting.document("---\ntitle: Add a new customer\ndescription: 添加客户。\nms.contentlocale: zh-CN\n---\n# x\n")
        let violations = FrontMatterTranslatedRule().check(document, context: RuleTesting.context)
        #expect(violations.map(\.message) == ["title is not translated: 'Add a new customer'"])
        #expect(violations.first?.location?.line == 2)
    }

    @Test func quietForTranslatedOrPairedValues() {
        let translated = RuleTesting.document("---\ntitle: 添加新客户 | 合作伙伴中心\nms.contentlocale: zh-CN\n---\n# x\n")
        #expect(FrontMatterTranslatedRule().check(translated, context: RuleTesting.context).isEmpty)
        let english = RuleTesting.document("---\ntitle: Add a new customer\nms.contentlocale: en-US\n---\n# x\n")
        #expect(FrontMatterTranslatedRule().check(english, context: RuleTesting.context).isEmpty)
    }
}

@Suite struct FrontMatterPairsSearchTests {
    /// The byte search only rules texts out: the answer is Foundation's.
    @Test(arguments: ["", "Add a new customer", "<span data-ttu-id=\"a-1\">x</span>", "data-ttu-id", "data-ttu-i", "data-ttu-id\u{301}",
                      "data-ttu-i\u{301}d", "DATA-TTU-ID", "da\u{301}ta-ttu-id", "添加 data-ttu-id 客户"])
    func holdsPairsAsFoundationSays(_ text: String) {
        #expect(FrontMatterTranslatedRule.holdsPairs(text) == text.contains("data-ttu-id"))
    }

    @Test func aPairedTitleIsNotReported() {
        let document = RuleTesting.document("---\ntitle: <span data-ttu-id=\"a-1\">Add</span>\nms.contentlocale: zh-CN\n---\n# x\n")
        #expect(FrontMatterTranslatedRule().check(document, context: RuleTesting.context).isEmpty)
    }
}
