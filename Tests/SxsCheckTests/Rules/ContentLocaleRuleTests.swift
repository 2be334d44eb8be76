import SideBySide
@testable import SxsCheck
import Testing

@Suite struct ContentLocaleRuleTests {
    @Test func reportsALocaleThatIsNotTheFolders() {
        let document = RuleTesting.document("---\ntitle: 甲\nms.contentlocale: ja-JP\n---\n# x\n", path: "corpus/zh-CN-2017/partner-center/a.md")
        let violations = ContentLocaleRule().check(document, context: RuleTesting.context)
        #expect(violations.map(\.message) == ["ms.contentlocale is 'ja-JP', but the article is in a zh-CN folder"])
        #expect(violations.first?.location?.line == 3)
    }

    @Test func quietWhenTheyAgreeOrThereIsNoFolderLocale() {
        let matching = RuleTesting.document("---\nms.contentlocale: zh-cn\n---\n# x\n", path: "content/zh-CN/a.md")
        #expect(ContentLocaleRule().check(matching, context: RuleTesting.context).isEmpty)
        let noFolder = RuleTesting.document("---\nms.contentlocale: ja-JP\n---\n# x\n", path: "articles/a.md")
        #expect(ContentLocaleRule().check(noFolder, context: RuleTesting.context).isEmpty)
    }
}
