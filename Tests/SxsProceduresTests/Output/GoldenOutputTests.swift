import Foundation
import SideBySide
@testable import SxsProcedures
import Testing

/// Golden files for every format over the three procedure articles of `content/`.
///
/// Regenerate them with `SXS_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` and review the diff.
@Suite struct GoldenOutputTests {
    static let cases: [(String, String)] = Repository.localesOfContent.flatMap { locale in Repository.articles.map { (locale, $0) } }

    @Test(arguments: cases)
    func everyFormatMatchesItsGoldenFile(locale: String, article: String) throws {
        let document = try Repository.content(locale, article)
        let target = try Repository.procedures(document, side: .target)
        let name = "\(locale)/\(article)"
        try expectGolden(Array(MarkdownProcedureWriter.markdown(target.procedures).utf8), name + ".md")
        try expectGolden(Array(HTMLProcedureWriter.html(target).utf8), name + ".html")
        try expectGolden(JSONProcedureWriter.json(target.procedures, path: document.path, side: .target, locale: target.locale), name + ".json")
        try expectGolden(try DITAProcedureWriter.dita(target), name + ".dita")
        if locale != "en-US" {
            let source = try Repository.procedures(document, side: .source)
            try expectGolden(Array(BilingualProcedureWriter.markdown(target: target, source: source).utf8), name + ".bilingual.md")
            try expectGolden(JSONProcedureWriter.json(source.procedures, path: document.path, side: .source, locale: source.locale),
                             name + ".source.json")
        }
    }

    /// The action sequence (kinds and control kinds) of every step of an article on one side.
    private func sequence(_ locale: String, _ article: String, side: ProcedureSide) throws -> [[String]] {
        try Repository.procedures(Repository.content(locale, article), side: side).procedures.flatMap(\.allSteps).map { signatures($0.actions) }
    }

    @Test(arguments: Repository.articles)
    func sameActionSequenceFromEveryLanguage(article: String) throws {
        let english = try sequence("en-US", article, side: .target)
        #expect(english.allSatisfy { !$0.isEmpty }, "every English step has an action")
        // ja-JP is translated from the English shipped in content/en-US: its target and source agree with it.
        #expect(try sequence("ja-JP", article, side: .target) == english)
        #expect(try sequence("ja-JP", article, side: .source) == english)
        // zh-CN is an older translation of an older English text: its two sides agree with each other.
        let chinese = try sequence("zh-CN", article, side: .target)
        #expect(try sequence("zh-CN", article, side: .source) == chinese)
        if article != "create-a-new-subscription" {
            // Where the older English did not change, all three agree.
            #expect(chinese == english)
        }
    }

    @Test func englishSequenceOfAddANewCustomer() throws {
        #expect(try sequence("en-US", "add-a-new-customer", side: .target) == [
            ["select(menuItem)", "select(button)"],
            ["assertPage(page)", "enterValue", "select(button)"],
            ["assertPage(page)", "chooseFromList", "enterValue", "select(button)"],
            ["assertPage(page)", "verify", "select(button)", "select(button)"],
            ["verify", "captureOutput", "select(button)"],
        ])
    }
}
