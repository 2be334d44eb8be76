import Foundation
import SideBySide
@testable import SxsInterchange
import Testing

/// Export then import with no change gives the article back byte for byte.
@Suite struct RoundTripTests {
    @Test(arguments: Fixture.articles, XLIFFVersion.allCases)
    func fixtureRoundTrips(_ name: String, _ version: XLIFFVersion) throws {
        let document = try Fixture.document(name)
        let xliff = try Fixture.xliff(document, version)
        let result = try Fixture.rebuild(xliff)
        #expect(result.diagnostics.isEmpty)
        #expect(result.changedUnits == 0)
        #expect(result.bytes == document.source.bytes, "\(name) does not round-trip through XLIFF \(version.rawValue)")
    }

    /// Articles the corpus does not have but could: lone CR, CR LF inside a segment, a BOM,
    /// characters XML cannot hold, bytes that are not UTF-8, raw HTML pairs and line breaks.
    static let edgeCases: [(String, [UInt8])] = [
        ("CRLF and lone CR", Array("---\r\nms.contentlocale: zh-CN\r\n---\r\n# T\r\n\r\n\(Fixture.pair("a-1", "第一\r\n行", "First\r\nline"))\r\rend\r".utf8)),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array("\(Fixture.pair("a-1", "\u{FEFF}文本", "text"))\n".utf8)),
        ("control characters", Array("x\u{1B}y\n\(Fixture.pair("a-1", "a\u{7}b **c\u{1}**", "a\u{7}b **c\u{1}**"))\n\u{0}\n".utf8)),
        ("not UTF-8", Array("\(Fixture.pair("a-1", "ok", "ok"))\n".utf8) + [0xFF, 0xC3, 10] + Array(Fixture.pair("a-2", "x", "y").utf8)
            + [10] + Array("<span data-ttu-id=\"a-3\">bad".utf8) + [0xE4, 0xB8] + Array("</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-3\">bad</span></span>\n".utf8)),
        ("raw HTML", Array("\(Fixture.pair("a-1", "选择<b>保存</b>，<br/>然后<a name=\"x\"></a>继续&nbsp;\\*", "Select <b>Save</b>,<br/> then<a name=\"x\"></a> go&nbsp;\\*"))\n".utf8)),
        ("no final newline", Array(Fixture.pair("a-1", "**粗体**", "**bold**").utf8)),
        ("empty target", Array("\(Fixture.pair("a-1", "", "Select **Save**."))\n".utf8)),
        ("duplicate and odd ids", Array("\(Fixture.pair("a-1", "一", "one")) \(Fixture.pair("a-1", "二", "two")) \(Fixture.pair("a b", "三", "three"))\n".utf8)),
    ]

    @Test(arguments: edgeCases.indices, XLIFFVersion.allCases)
    func edgeCaseRoundTrips(_ index: Int, _ version: XLIFFVersion) throws {
        let (name, bytes) = Self.edgeCases[index]
        let document = Fixture.article(bytes)
        let xliff = try Fixture.xliff(document, version)
        let result = try Fixture.rebuild(xliff)
        #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
        #expect(result.bytes == bytes, "\(name) does not round-trip through XLIFF \(version.rawValue)")
        #expect(Fixture.schemas.validate(xliff).problems.isEmpty, "\(name): \(Fixture.schemas.validate(xliff).problems)")
    }

    @Test func carriageReturnsAreCharacterReferences() throws {
        let xliff = try Fixture.xliff(Fixture.article(Self.edgeCases[0].1), .v2_0).text
        #expect(!xliff.contains("\r"))
        #expect(xliff.contains("&#13;"))
    }

    @Test func targetsThatAreNotUTF8StayInTheSkeleton() throws {
        let exported = Fixture.exporter.export(Fixture.article(Self.edgeCases[3].1), original: "test.md")
        #expect(exported.diagnostics.map(\.code) == ["xliff-target-kept"])
        #expect(exported.document.units.first { $0.segmentID == "a-3" }?.isTranslatable == false)
        #expect(exported.document.skeleton.slots.map(\.unitID) == ["a-1", "a-2"])
    }

    @Test func exportNamesMirrorFoldersOnlyWhenNamesClash() {
        #expect(ExportNames.originals(for: ["a/x.md", "b/y.md"]) == ["x.md", "y.md"])
        #expect(ExportNames.originals(for: ["/c/zh/p/x.md", "/c/ja/p/x.md"]) == ["zh/p/x.md", "ja/p/x.md"])
        #expect(ExportNames.xliffFile(for: "zh/p/x.md", language: "zh-CN") == "zh/p/x.zh-CN.xlf")
    }
}
