import Testing
@testable import SxsRunner

@Suite struct LabelMatcherTests {
    @Test func exactThenNormalised() {
        #expect(LabelMatcher.match("顧客", "顧客") == .exact)
        #expect(LabelMatcher.match("[顧客の追加]", "顧客の追加") == .normalised)
        #expect(LabelMatcher.match("【顧客の追加】", "顧客の追加") == .normalised)
        #expect(LabelMatcher.match("「送信」", "送信") == .normalised)
        #expect(LabelMatcher.match("“提交”", "提交") == .normalised)
        #expect(LabelMatcher.match("\"Submit\"", "submit") == .normalised)
        #expect(LabelMatcher.match("Add customer", "Add client") == nil)
    }

    @Test func widthsAndSpaces() {
        #expect(LabelMatcher.match("下一步：订阅", "下一步: 订阅") == .normalised)
        #expect(LabelMatcher.match("次へ:サブスクリプション", "次へ: サブスクリプション") == .normalised)
        #expect(LabelMatcher.match("ＯＦＦＩＣＥ　３６５", "Office 365") == .normalised)
        #expect(LabelMatcher.match("ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ", "サブスクリプション") == .normalised)
        #expect(LabelMatcher.match("Add   customer", "Add customer") == .normalised)
        #expect(LabelMatcher.match("Addcustomer", "Add customer") == nil, "spaces between words still count")
    }

    @Test func bestMatchPrefersExact() {
        #expect(LabelMatcher.bestMatch("下一步: 订阅", in: ["下一步：订阅", "下一步: 订阅"]) == .exact)
        #expect(LabelMatcher.bestMatch("下一步: 订阅", in: ["下一步：订阅"]) == .normalised)
        #expect(LabelMatcher.bestMatch("审查", in: ["编辑"]) == nil)
    }

    @Test func nearestLabel() {
        #expect(LabelMatcher.nearest(to: "Add client", in: ["Dashboard", "Add customer", "Request a reseller relationship"]) == "Add customer")
        #expect(LabelMatcher.nearest(to: "[顧客を追加]", in: ["顧客の追加", "ダッシュボード"]) == "顧客の追加")
        #expect(LabelMatcher.nearest(to: "x", in: []) == nil)
        #expect(LabelMatcher.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
