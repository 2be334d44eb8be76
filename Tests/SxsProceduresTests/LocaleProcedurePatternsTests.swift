import SideBySide
@testable import SxsProcedures
import Testing

@Suite struct LocaleProcedurePatternsTests {
    @Test(arguments: ["en-US", "zh-CN", "ja-JP"])
    func everyShippedLocaleLoads(locale: String) throws {
        let patterns = try Repository.patterns(locale)
        #expect(patterns.locale == locale)
        #expect(patterns.controls[.menu]?.isEmpty == false)
        #expect(patterns.controls[.page]?.isEmpty == false)
        #expect(!patterns.appliesTo.headings.isEmpty)
        for kind in ActionKind.allCases where kind != .openMenu && kind != .assertPage {
            #expect(patterns.phrases[kind]?.isEmpty == false, "\(locale) has no \(kind) phrases")
        }
    }

    @Test func cloudsAndAlertWords() throws {
        let zh = try Repository.patterns("zh-CN")
        #expect(zh.cloud(named: " 美国政府 Microsoft 云合作伙伴中心 ") == "us-government")
        #expect(zh.cloud(named: "某个云") == nil)
        #expect(zh.alertKind(of: "注意：") == "NOTE")
        let ja = try Repository.patterns("ja-JP")
        #expect(ja.alertKind(of: "重要") == "IMPORTANT")
        #expect(ja.labels.boldBrackets == ["[", "]"])
        let en = try Repository.patterns("en-US")
        #expect(en.caseInsensitive && en.wordBoundaries)
        #expect(en.cloud(named: "partner center") == "partner-center")
    }

    @Test func unknownActionKindIsRefused() {
        let yaml = """
        locale: xx-XX
        labels: {bold: true, quotes: []}
        controls: {menu: [menu]}
        selectVerbs: {before: [], after: []}
        enterVerbs: {before: [], after: []}
        cascade: {separators: [], itemBeforeMenu: []}
        phrases: {teleport: [beam me up]}
        clauseSeparators: [","]
        appliesTo: {headings: [], clouds: {}}
        """
        #expect(throws: DecodingError.self) { try LocaleProcedurePatterns(yaml: yaml) }
    }

    @Test func missingLocaleFileNamesThePath() {
        do {
            _ = try LocaleProcedurePatterns.load(locale: "xx-XX", from: Repository.locales)
            Issue.record("a missing locale file was accepted")
        } catch let error as FileIOError {
            #expect(error.path.hasSuffix("xx-XX/procedures.yml"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
