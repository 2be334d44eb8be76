@testable import SxsInterchange
import Testing

/// Units carry the procedure step and the UI labels it names.
@Suite struct XLIFFNotesTests {
    @Test func stepsAndLabels() throws {
        let units = Fixture.exporter.export(try Fixture.document("add-a-new-customer.zh-CN.2017.md"), original: "t.md").document.units
        let unit = try #require(units.first { $0.segmentID == "063b3-115" })
        #expect(unit.notes.contains(XLIFFNote(category: "procedure", text: "Procedure 'Add a new customer', step 2")))
        #expect(unit.notes.contains(XLIFFNote(category: "ui", text: "UI labels: Account info; Next: Subscriptions")))
        #expect(unit.notes.first?.category == "location")
        let xliff = try XLIFFWriter.write(Fixture.exporter.export(try Fixture.document("add-a-new-customer.zh-CN.2017.md"), original: "t.md").document, version: .v2_0).text
        #expect(xliff.contains("<note category=\"procedure\">Procedure 'Add a new customer', step 2</note>"))
        let xliff12 = try XLIFFWriter.write(Fixture.exporter.export(try Fixture.document("add-a-new-customer.zh-CN.2017.md"), original: "t.md").document, version: .v1_2).text
        #expect(xliff12.contains("<note from=\"sxs\">ui: UI labels: Account info; Next: Subscriptions</note>"))
    }

    @Test func statesFollowWhetherATargetExists() throws {
        let text = "\(Fixture.pair("a-1", "", "Select **Save**.")) \(Fixture.pair("a-2", "保存", "Save"))\n"
        let document = Fixture.exporter.export(Fixture.article(Array(text.utf8)), original: "t.md").document
        let xliff = try XLIFFWriter.write(document, version: .v2_0).text
        #expect(xliff.contains("<segment state=\"initial\">\n        <source>Select"))
        #expect(xliff.contains("<segment state=\"translated\">"))
        let xliff12 = try XLIFFWriter.write(document, version: .v1_2).text
        #expect(xliff12.contains("<target state=\"translated\">保存</target>"))
        #expect(xliff12.components(separatedBy: "<target").count == 2)
    }
}
