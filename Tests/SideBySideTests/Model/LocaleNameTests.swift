import SideBySide
import Testing

/// Locale names in folder names and paths.
@Suite struct LocaleNameTests {
    @Test func aNameThatIsOrStartsWithALocale() {
        #expect(LocaleName.leading("zh-CN") == "zh-CN")
        #expect(LocaleName.leading("ja-jp") == "ja-JP")
        #expect(LocaleName.leading("zh-CN-2017") == "zh-CN")
        #expect(LocaleName.leading("ja-JP_old") == "ja-JP")
        #expect(LocaleName.leading("partner-center") == nil)
        #expect(LocaleName.leading("zh-CNX") == nil)
        #expect(LocaleName.leading("z1-CN") == nil)
        #expect(LocaleName.leading("zh") == nil)
    }

    @Test func theInnermostLocaleFolderAndNeverTheFileName() {
        #expect(LocaleName.inPath("../shared/corpus/ja-JP-2018/partner-center/a.md") == "ja-JP")
        #expect(LocaleName.inPath("content/zh-cn/add-a-new-customer.md") == "zh-CN")
        #expect(LocaleName.inPath("out/ja-JP/zh-CN/a.md") == "zh-CN")
        #expect(LocaleName.inPath("articles/zh-CN.md") == nil)
        #expect(LocaleName.inPath("zh-CN") == nil)
        #expect(LocaleName.inPath("/corpus/partner-center/a.md") == nil)
    }

    @Test func normalisedAndCJK() {
        #expect(LocaleName.normalized("ZH-cn") == "zh-CN")
        #expect(LocaleName.isCJK("ja-JP") && LocaleName.isCJK("ko-KR") && !LocaleName.isCJK("en-US") && !LocaleName.isCJK(nil))
    }
}
