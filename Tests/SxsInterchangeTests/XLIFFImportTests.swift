import Foundation
import SideBySide
@testable import SxsInterchange
import Testing

/// Targets changed in a translation tool, and targets whose inline codes were broken.
@Suite struct XLIFFImportTests {
    let article: SxsDocument
    let xliff20: String
    let xliff12: String
    /// Unit 063b3-113's target as exported.
    static let target20 = "<target>从<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\" type=\"fmt\" subType=\"xlf:b\">仪表板</pc>菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\" type=\"fmt\" subType=\"xlf:b\">客户</pc>。</target>"
    static let target12 = "<target state=\"translated\">从<bpt id=\"1\" rid=\"1\" ctype=\"bold\">**</bpt>仪表板<ept id=\"1\" rid=\"1\">**</ept>菜单中，选择<bpt id=\"2\" rid=\"2\" ctype=\"bold\">**</bpt>客户<ept id=\"2\" rid=\"2\">**</ept>。</target>"

    init() throws {
        article = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        xliff20 = try Fixture.xliff(article, .v2_0).text
        xliff12 = try Fixture.xliff(article, .v1_2).text
    }

    @Test func exportedTargetsAreAsExpected() {
        #expect(xliff20.contains(Self.target20))
        #expect(xliff12.contains(Self.target12))
    }

    @Test(arguments: XLIFFVersion.allCases)
    func aChangedTargetLandsInItsSegment(_ version: XLIFFVersion) throws {
        let edited = (version == .v2_0 ? xliff20 : xliff12).replacingOnce("仪表板<", with: "控制面板<")
        let result = try Fixture.rebuild(Array(edited.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.changedUnits == 1)
        let expected = article.source.bytes.text.replacingOnce("从**仪表板**菜单中", with: "从**控制面板**菜单中")
        #expect(result.bytes.text == expected)
        let reparsed = SxsParser().parse(bytes: result.bytes, path: "x.md")
        #expect(reparsed.segments.first { $0.id.raw == "063b3-113" }?.target.text == "从**控制面板**菜单中，选择**客户**。")
    }

    @Test func aChangedFrontMatterTargetIsEscapedForItsQuotes() throws {
        let document = try Fixture.document("front-matter-pairs.ja-JP.2018.md")
        let xliff = try Fixture.xliff(document, .v2_0).text
            .replacingOnce("<target>パートナー センターでインセンティブを管理する | パートナー センター</target>",
                           with: "<target>\"インセンティブ\" \\ 管理</target>")
        let result = try Fixture.rebuild(Array(xliff.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.bytes.text.contains("<span data-ttu-id=\\\"a40df-101\\\">\\\"インセンティブ\\\" \\\\ 管理</span>"))
        #expect(SxsParser().parse(bytes: result.bytes, path: "x.md").segments.first?.target.text == "\"インセンティブ\" \\ 管理")
    }

    /// Broken 2.0 targets of unit 063b3-113, and the words the error must use.
    static let broken20: [(String, String, String)] = [
        ("missing", "<target>从仪表板菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "inline code 1 is missing"),
        ("duplicated", "<target>从<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\">仪表板</pc><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\">菜单</pc>中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "appears twice"),
        ("renamed", "<target>从<pc id=\"9\" dataRefStart=\"d1\" dataRefEnd=\"d1\">仪表板</pc>菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "inline code '9' (<pc>) is not one of the unit's codes"),
        ("crossing", "<target>从<sc id=\"1\" dataRef=\"d1\"/>仪表板<sc id=\"2\" dataRef=\"d1\"/>菜单中<ec startRef=\"1\" dataRef=\"d1\"/>，选择客户<ec startRef=\"2\" dataRef=\"d1\"/>。</target>", "inline codes 1 and 2 cross"),
        ("missing data", "<target>从<pc id=\"1\" dataRefStart=\"d7\" dataRefEnd=\"d1\">仪表板</pc>菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "dataRefStart 'd7' names no <data>"),
        ("wrong kind", "<target>从<ph id=\"1\" dataRef=\"d1\"/>仪表板菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "paired markup but is written as a standalone <ph>"),
        ("unclosed", "<target>从<sc id=\"1\" dataRef=\"d1\"/>仪表板菜单中，选择<pc id=\"2\" dataRefStart=\"d1\" dataRefEnd=\"d1\">客户</pc>。</target>", "opened but never closed"),
    ]

    /// Broken 1.2 targets of unit 063b3-113.
    static let broken12: [(String, String, String)] = [
        ("missing", "<target state=\"translated\">从仪表板菜单中，选择<bpt id=\"2\" rid=\"2\">**</bpt>客户<ept id=\"2\" rid=\"2\">**</ept>。</target>", "inline code 1 is missing"),
        ("crossing", "<target state=\"translated\">从<bpt id=\"1\" rid=\"1\">**</bpt>仪表板<bpt id=\"2\" rid=\"2\">**</bpt>菜单中<ept id=\"1\" rid=\"1\">**</ept>，选择客户<ept id=\"2\" rid=\"2\">**</ept>。</target>", "inline codes 1 and 2 cross"),
        ("renamed", "<target state=\"translated\">从<bpt id=\"7\" rid=\"7\">**</bpt>仪表板<ept id=\"7\" rid=\"7\">**</ept>菜单中，选择<bpt id=\"2\" rid=\"2\">**</bpt>客户<ept id=\"2\" rid=\"2\">**</ept>。</target>", "inline code '7' (<bpt>) is not one of the unit's codes"),
        ("duplicated", "<target state=\"translated\">从<bpt id=\"1\" rid=\"1\">**</bpt>仪表板<ept id=\"1\" rid=\"1\">**</ept>菜单中，选择<bpt id=\"2\" rid=\"2\">**</bpt>客户<ept id=\"2\" rid=\"2\">**</ept><ph id=\"2\">**</ph>。</target>", "paired markup but is written as a standalone <ph>"),
    ]

    @Test(arguments: broken20.indices)
    func brokenCodesIn20AreReportedAndNotWritten(_ index: Int) throws {
        try expectRefused(xliff20.replacingOnce(Self.target20, with: Self.broken20[index].1), because: Self.broken20[index].2)
    }

    @Test(arguments: broken12.indices)
    func brokenCodesIn12AreReportedAndNotWritten(_ index: Int) throws {
        try expectRefused(xliff12.replacingOnce(Self.target12, with: Self.broken12[index].1), because: Self.broken12[index].2)
    }

    private func expectRefused(_ xliff: String, because words: String) throws {
        // Another unit is changed too: it must land while the broken one keeps its original target.
        let edited = xliff.replacingOnce("然后选择<", with: "接着选择<")
        let result = try Fixture.rebuild(Array(edited.utf8))
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        let line = diagnostic.formatted(path: "f.xlf")
        #expect(line.hasPrefix("f.xlf:\(diagnostic.location.line):\(diagnostic.location.column): error: unit 063b3-113: "))
        #expect(line.contains(words), "\(line)")
        #expect(line.contains("the unit is not written"))
        #expect(result.bytes.text == article.source.bytes.text.replacingOnce("然后选择**", with: "接着选择**"))
    }

    @Test func aTargetThatWritesSpanMarkupIsRefused() throws {
        let edited = xliff20.replacingOnce("仪表板<", with: "仪表板&lt;/span&gt;<")
        let result = try Fixture.rebuild(Array(edited.utf8))
        #expect(result.diagnostics.map(\.code) == ["xliff-segment-markup"])
        #expect(result.bytes == article.source.bytes)
    }

    @Test func aUnitRemovedFromTheFileKeepsItsTarget() throws {
        var text = xliff20
        let start = try #require(text.range(of: "<unit id=\"063b3-113\">"))
        let end = try #require(text.range(of: "</unit>", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<end.upperBound)
        let result = try Fixture.rebuild(Array(text.utf8))
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.bytes == article.source.bytes)
    }

    @Test func aFileWithoutSkeletonIsRefused() throws {
        let plain = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"><file id=\"f\" original=\"a.md\"><unit id=\"u\"><segment><source>a</source></segment></unit></file></xliff>"
        #expect(throws: XLIFFReadError.self) { try XLIFFReader.read(Array(plain.utf8)) }
    }

    @Test func anOriginalOutsideTheOutputFolderIsRefused() throws {
        let escaping = xliff20.replacingOnce("original=\"test.md\"", with: "original=\"../../etc/cron.d/x\"")
        #expect(throws: XLIFFReadError.self) { try XLIFFReader.read(Array(escaping.utf8)) }
    }
}
