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
