import SideBySide
@testable import SxsCheck
import Testing

@Suite struct VersionAlignmentTests {
    let old = SxsParser().parse(bytes: Array(("# " + RuleExample.pair("a-101", "添加新客户", "Add a new customer") + "\n\n"
        + RuleExample.pair("a-102", "你需要创建客户记录。", "You need to create an account for your customer in your Partner Dashboard.") + " "
        + RuleExample.pair("a-103", "已删除的句子。", "This sentence was removed later.") + "\n").utf8), path: "zh-CN/a.md")

    @Test func againstAnotherSideBySideVersion() {
        let new = SxsParser().parse(bytes: Array(("# " + RuleExample.pair("b-201", "新しい顧客の追加", "Add a new customer") + "\n\n"
            + RuleExample.pair("b-202", "顧客のレコードを作成する必要があります。", "You need to create a record of your customer in Partner Center.") + " "
            + RuleExample.pair("b-203", "新しい文。", "A sentence added later.") + "\n").utf8), path: "ja-JP/a.md")
        let rows = VersionAlignment().align(old, with: new)
        #expect(rows.map(\.status) == [.unchanged, .changed, .removed, .new])
        #expect(rows[0].otherPair?.id.raw == "b-201", "ids differ across versions; the English matches")
        #expect(rows[1].diff?.text.contains("[-an account for-] {+a record of+}") == true)
        #expect(rows[1].otherPair?.target.text == "顧客のレコードを作成する必要があります。", "across locales through the English")
        #expect(rows[3].otherSource == "A sentence added later.")
    }

    @Test func againstAnEnglishArticle() {
        let english = SxsParser().parse(bytes: Array("# <a name=\"x\"></a>Add a new customer\n\nYou need to create an account for your customer in your Partner Dashboard. A new sentence.\n".utf8), path: "en-US/a.md")
        let rows = VersionAlignment().align(old, withEnglish: english)
        #expect(rows.map(\.status) == [.unchanged, .unchanged, .removed, .new])
        #expect(rows[3].otherSource == "A new sentence.")
    }

    @Test func normalisedMatchesCountAsUnchanged() {
        let english = SxsParser().parse(bytes: Array("# add a  NEW customer\n".utf8), path: "en-US/a.md")
        let rows = VersionAlignment().align(old, withEnglish: english)
        #expect(rows.first?.status == .unchanged)
    }
}
