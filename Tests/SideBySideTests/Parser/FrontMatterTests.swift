import Testing
@testable import SideBySide

@Suite struct FrontMatterTests {
    @Test func readsTypedMetadataInOrder() throws {
        let matter = try #require(try Fixture.document("add-a-new-customer.zh-CN.2017.md").frontMatter)
        #expect(matter.entries.map(\.key) == [
            "title", "description", "ms.assetid", "author", "ms.openlocfilehash", "ms.sourcegitcommit",
            "ms.translationtype", "ms.contentlocale", "ms.lasthandoff",
        ])
        #expect(matter.contentLocale == "zh-CN")
        #expect(matter.translationType == .human)
        #expect(matter.openLocFileHash == "c6bb20cdc2dbb7bc6c3a04bb8c01b5cfe685dfe4")
        #expect(matter.sourceGitCommit == "8205814f5f47c54eadf007bb77c09e12b2572d93")
        #expect(matter.lastHandoff == "06/09/2017")
        #expect(matter.assetID == "4F53DFAF-1792-4E91-BBEB-E9A65026A81C")
        #expect(matter["title"] == "添加新客户 | 合作伙伴中心")
        #expect(matter.translatedEntries.map(\.key) == ["title", "description"])
        #expect(matter.entries.first { $0.key == "ms.contentlocale" }?.line == 9)
        #expect(matter.raw.hasPrefix("---"))
        #expect(matter.range.start.offset == 0)
    }

    @Test func readsKeywordsAndLocFileID() {
        let document = Fixture.parse("---\r\ntitle: 顧客\r\nkeywords: 顧客, 追加\r\nms.locfileid: abc-123\r\nms.translationtype: MT\r\n---\r\n# x\r\n")
        let matter = document.frontMatter
        #expect(matter?.translatedEntries.map(\.key) == ["title", "keywords"])
        #expect(matter?.locFileID == "abc-123")
        #expect(matter?.translationType == .machine)
        #expect(document.blocks.first?.range.start.line == 7)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func withoutFrontMatterTheWholeFileIsBody() {
        let document = Fixture.parse("# Title\n")
        #expect(document.frontMatter == nil)
        #expect(document.blocks.count == 1)
    }

    @Test func anUnclosedOpeningLineIsReportedAndReadAsMarkdown() {
        let document = Fixture.parse("---\n" + Fixture.pair("2a313-101", "标题", "Title") + "\n")
        #expect(document.frontMatter == nil)
        #expect(document.diagnostics.map(\.code) == [DiagnosticCode.frontMatter])
        #expect(document.diagnostics.first?.severity == .warning)
        #expect(document.segments.count == 1)
    }

    @Test func invalidYAMLIsAnErrorWithItsLine() {
        let document = Fixture.parse("---\ntitle: ok\ndescription: [unclosed\n---\n# x\n")
        let diagnostic = try? #require(document.diagnostics.first)
        #expect(diagnostic?.code == DiagnosticCode.frontMatter)
        #expect(diagnostic?.severity == .error)
        #expect((diagnostic?.location.line ?? 0) >= 3)
        #expect(document.blocks.count == 1, "the body is still parsed")
    }

    @Test func pairsInsideQuotedValuesAreLocatedInTheFile() throws {
        let document = try Fixture.document("front-matter-pairs.ja-JP.2018.md")
        let title = try #require(document.segments.first)
        #expect(title.id.raw == "a40df-101")
        #expect(title.blockKind == "frontMatter")
        #expect(title.target.text == "パートナー センターでインセンティブを管理する | パートナー センター")
        #expect(title.source?.text == "Manage your Incentives in Partner Center | Partner Center")
        #expect(title.range.start.line == 2)
        #expect(title.range.start.column == 9)
        // The range covers the pair as written, quotes escaped.
        #expect(document.source.string(title.range.offsets).hasPrefix(#"<span data-ttu-id=\"a40df-101\">"#))
        #expect(document.source.string(title.target.range.offsets) == title.target.text)
        #expect(document.segments[1].id.raw == "a40df-102")
        // Block indices still point at their own pairs.
        #expect(document.blocks.first?.segmentIndices.map { document.segments[$0].id.raw } == ["a40df-103"])
    }

    @Test func extractReplacesFrontMatterPairsAndMarksOnlyKeysWithoutSource() throws {
        let document = try Fixture.document("front-matter-pairs.ja-JP.2018.md")
        let source = String(decoding: SxsWriter.extract(document, side: .source), as: UTF8.self)
        #expect(source.hasPrefix("---"))
        #expect(source.contains("title: \"Manage your Incentives in Partner Center | Partner Center\"\r\n"))
        #expect(!source.contains("untranslated-source"))
        let target = String(decoding: SxsWriter.extract(document, side: .target), as: UTF8.self)
        #expect(target.contains("title: \"パートナー センターでインセンティブを管理する | パートナー センター\""))
        let reparsed = SxsParser().parse(bytes: Array(source.utf8), path: "x.md")
        #expect(reparsed.frontMatter?["title"] == "Manage your Incentives in Partner Center | Partner Center")
    }
}
