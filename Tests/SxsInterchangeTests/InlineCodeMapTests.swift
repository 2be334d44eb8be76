import SideBySide
@testable import SxsInterchange
import Testing

/// How a pair's markup becomes inline codes.
@Suite struct InlineCodeMapTests {
    private func unit(_ document: SxsDocument, _ id: String) throws -> XLIFFUnit {
        try #require(Fixture.exporter.export(document, original: "test.md").document.units.first { $0.segmentID == id })
    }

    @Test func boldLabelsArePairedCodesSharedBySourceAndTarget() throws {
        let unit = try unit(Fixture.document("add-a-new-customer.zh-CN.2017.md"), "063b3-113")
        #expect(unit.codes == [
            InlineCode(id: "1", kind: .paired, role: .bold, start: "**", end: "**"),
            InlineCode(id: "2", kind: .paired, role: .bold, start: "**", end: "**"),
        ])
        #expect(unit.target == [.text("从"), .open("1"), .text("仪表板"), .close("1"), .text("菜单中，选择"),
                                .open("2"), .text("客户"), .close("2"), .text("。")])
        #expect(unit.source.first == .text("From the "))
    }

    @Test func linksKeepTheirDestinationInTheClosingCode() throws {
        let unit = try unit(Fixture.document("add-a-new-customer.zh-CN.2017.md"), "063b3-111")
        let links = unit.codes.filter { $0.role == .link }
        #expect(links.count == 3)
        #expect(links.allSatisfy { $0.kind == .paired && $0.start == "[" && $0.end.hasPrefix("](") })
    }

    @Test func rawHTMLEntitiesEscapesAndLineBreaks() throws {
        let text = "\(Fixture.pair("a-1", "选择<b>保存</b>，<br/>然后<a name=\"x\"></a>继续&nbsp;\\*", "Select <b>Save</b>,<br/> then<a name=\"x\"></a> go&nbsp;\\*"))\n"
        let unit = try unit(Fixture.article(Array(text.utf8)), "a-1")
        let target = unit.target.compactMap { token -> InlineCode? in
            switch token {
            case .open(let id), .placeholder(let id): unit.code(id)
            default: nil
            }
        }
        #expect(target.map(\.role) == [.html, .html, .html, .entity, .escape])
        #expect(target[0].kind == .paired && target[0].start == "<b>" && target[0].end == "</b>")
        #expect(target[1].kind == .standalone && target[1].start == "<br/>")
        #expect(target[2].kind == .paired && target[2].start == "<a name=\"x\">" && target[2].end == "</a>")
        #expect(target[3].start == "&nbsp;" && target[4].start == "\\*")
    }

    @Test func imagesAndCodeAreStandalone() throws {
        let units = Fixture.exporter.export(try Fixture.document("images.ja-JP.2021.md"), original: "t.md").document.units
        let image = try #require(units.flatMap(\.codes).first { $0.role == .image })
        #expect(image.kind == .standalone && image.start.hasPrefix("!["))
        let code = try #require(Fixture.exporter.export(try Fixture.document("inline-code.zh-CN.2021.md"), original: "t.md")
            .document.units.flatMap(\.codes).first { $0.role == .code })
        #expect(code.kind == .standalone && code.start.hasPrefix("`"))
    }

    @Test func aTargetCodeWithOtherMarkupGetsItsOwnID() throws {
        let text = "\(Fixture.pair("a-1", "见[文档](/zh-cn/docs)", "See [the docs](/en-us/docs)"))\n"
        let unit = try unit(Fixture.article(Array(text.utf8)), "a-1")
        #expect(unit.source.contains(.open("1")))
        #expect(unit.target.contains(.open("2")))
        #expect(unit.code("2")?.end == "](/zh-cn/docs)")
    }

    @Test func controlCharactersBecomeCodes() throws {
        let text = "\(Fixture.pair("a-1", "a\u{7}b", "a\u{7}b"))\n"
        let unit = try unit(Fixture.article(Array(text.utf8)), "a-1")
        #expect(unit.code("1") == InlineCode(id: "1", kind: .standalone, role: .character, start: "\u{7}"))
        #expect(unit.target == [.text("a"), .placeholder("1"), .text("b")])
    }
}
