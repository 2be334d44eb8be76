import Testing
@testable import SideBySide

@Suite struct LineEndingTests {
    @Test func crlfFilesKeepPositionsAndBytes() throws {
        let document = try Fixture.document("add-a-new-customer.zh-CN.2017.md")
        #expect(document.lineEndings.crlf > 0)
        #expect(!(document.segment("063b3-113")?.target.text.contains("\r") ?? true))
        #expect(document.segment("063b3-113")?.range.start.line == 27)
    }

    @Test func mixedEndingsWithoutFinalNewline() throws {
        let bytes = try Fixture.bytes("mixed-endings.ja-JP.2018.md")
        #expect(bytes.last != 10)
        let document = try Fixture.document("mixed-endings.ja-JP.2018.md")
        #expect(document.lineEndings.isMixed)
        #expect(SxsWriter.sxs(document) == bytes)
        #expect(!document.segments.isEmpty)
    }

    @Test func syntheticMixedEndings() {
        let text = "---\r\ntitle: 甲\n---\r\n\(Fixture.pair("e-1", "一", "One"))\r\n\n\(Fixture.pair("e-2", "二", "Two"))"
        let document = Fixture.parse(text)
        #expect(document.lineEndings == LineEndings(crlf: 3, lf: 2, cr: 0))
        #expect(document.segments.map(\.range.start.line) == [4, 6])
        #expect(SxsWriter.sxs(document) == Array(text.utf8))
        #expect(document.diagnostics.isEmpty)
    }
}
