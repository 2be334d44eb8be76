import SideBySide
import SxsCheck
import SxsMarkup
import SxsMemory
import Testing

/// `sxs check --tm`: the consistency rules compare the files checked with the memory's pairs too.
@Suite struct TranslationMemoryIndexTests {
    /// A memory holding `zh-CN/old.md`, stored under its absolute path.
    func index(_ pairs: [(String, String, String)]) throws -> (TranslationMemoryIndex, String) {
        let folder = try MemoryTesting.scratch()
        let path = try MemoryTesting.write(MemoryTesting.article("zh-CN", pairs), "zh-CN/old.md", in: folder)
        let memory = try TranslationMemory(path: folder.appendingPathComponent("tm.sqlite").path)
        _ = try memory.importArticles([path], relativeTo: "/nonexistent")
        return (try TranslationMemoryIndex(memory), path)
    }

    /// A checked article; each test names its own (the rules' index of the files checked is cached by path).
    func checked(_ target: String, _ source: String, path: String) -> CheckedDocument {
        let article = MemoryTesting.article("zh-CN", [("n-1", target, source)])
        return CheckedDocument(SxsParser().parse(bytes: Array(article.utf8), path: path), tokenizer: HTMLTokenizer())
    }

    @Test func aTranslationDifferentFromTheMemorysIsReportedWithTheMemorysPlace() throws {
        let (index, old) = try index([("o-1", "选择**客户**。", "Select **Customers**.")])
        let documents = [checked("选择“客户”。", "Select **Customers**.", path: "zh-CN/new.md")]
        #expect(InconsistentTranslationRule().check(documents, context: CheckContext()).isEmpty)
        var context = CheckContext()
        context.translationIndex = index
        let findings = InconsistentTranslationRule().check(documents, context: context)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.path == "zh-CN/new.md" && finding.segmentID == "n-1")
        #expect(finding.message.contains("translated 2 ways"))
        // Each place with its translation as compared (folded: markup, blanks and widths do not count).
        #expect(finding.notes == ["zh-CN/new.md:6:1: 选择“客户”。", "\(old):6:1: 选择客户。 (translation memory)"])
    }

    @Test func theSameTranslationOrAnotherLocaleIsNotReported() throws {
        let (index, _) = try index([("o-1", "选择**客户**。", "Select **Customers**.")])
        var context = CheckContext()
        context.translationIndex = index
        #expect(InconsistentTranslationRule().check([checked("选择 **客户**。", "Select **Customers**.", path: "zh-CN/same.md")], context: context).isEmpty)
        let japanese = CheckedDocument(SxsParser().parse(bytes: Array(MemoryTesting.article("ja-JP", [("j-1", "**[顧客]** を選択します。", "Select **Customers**.")]).utf8),
                                                         path: "ja-JP/new.md"), tokenizer: HTMLTokenizer())
        #expect(InconsistentTranslationRule().check([japanese], context: context).isEmpty)
    }

    @Test func theCheckedFilesOwnPairsInTheMemoryAreNotComparedAgain() throws {
        let (index, old) = try index([("o-1", "选择**客户**。", "Select **Customers**.")])
        var context = CheckContext()
        context.translationIndex = index
        // The same file, edited since it was imported: only its current text counts.
        #expect(InconsistentTranslationRule().check([checked("选择“客户”。", "Select **Customers**.", path: old)], context: context).isEmpty)
    }

    @Test func oneTranslationOfTwoDifferentSourcesAcrossTheMemory() throws {
        let target = "在合作伙伴中心中创建客户记录，然后销售订阅。"
        let (index, _) = try index([("o-1", target, "Create a customer record in Partner Center, then sell subscriptions.")])
        var context = CheckContext()
        context.translationIndex = index
        let findings = InconsistentSourceRule().check([checked(target, "Suspend the subscription before you move the customer.", path: "zh-CN/other.md")], context: context)
        #expect(findings.count == 1)
        #expect(findings.first?.notes.last?.hasSuffix("(translation memory)") == true)
    }
}
