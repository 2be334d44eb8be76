import Foundation
import SxsMarkup
import Testing

@Suite struct XMLWriterTests {
    @Test func writesElementsAttributesAndEscapedText() throws {
        let writer = try XMLWriter(indent: false)
        try writer.startDocument()
        try writer.startElement("task")
        try writer.attribute("id", "a\"b<c")
        try writer.startElement("cmd")
        try writer.text("Select ")
        try writer.element("uicontrol", text: "Q&A <now>")
        try writer.text(" 然后\u{1}。")
        try writer.endElement()
        let bytes = try writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        let root = try XMLReader.read(bytes)
        #expect(root.name == "task")
        #expect(root.attribute("id") == "a\"b<c")
        let cmd = try #require(root.element(named: "cmd"))
        #expect(cmd.text == "Select Q&A <now> 然后。")
        #expect(cmd.element(named: "uicontrol")?.text == "Q&A <now>")
    }

    @Test func doctypeIsWrittenAndTheBodyIsWellFormed() throws {
        let writer = try XMLWriter()
        try writer.startDocument(doctype: .init(name: "task", publicID: "-//OASIS//DTD DITA Task//EN", systemID: "task.dtd"))
        try writer.startElement("task")
        try writer.startElement("title")
        try writer.text("T")
        // finish() closes what is left open.
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        let start = try #require(text.range(of: "<!DOCTYPE"))
        let end = try #require(text[start.upperBound...].range(of: ">"))
        let doctype = text[start.lowerBound..<end.upperBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(doctype == "<!DOCTYPE task PUBLIC \"-//OASIS//DTD DITA Task//EN\" \"task.dtd\">")
        // XMLReader refuses DTDs: read the document without its declaration.
        let root = try XMLReader.read(String(text[..<start.lowerBound] + text[end.upperBound...]))
        #expect(root.element(named: "title")?.text == "T")
        #expect(throws: XMLReadError.self) { try XMLReader.read(text) }
    }

    @Test func mixedContentIsNotIndented() throws {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("steps")
        try writer.startElement("step")
        try writer.startElement("cmd", mixedContent: true)
        try writer.text("Select ")
        try writer.element("uicontrol", text: "Done")
        try writer.text(".")
        try writer.endElement()
        try writer.startElement("info", mixedContent: false)
        try writer.element("p", text: "More.")
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.contains("\n    <cmd>Select <uicontrol>Done</uicontrol>.</cmd>\n"))
        #expect(text.contains("\n    <info>\n      <p>More.</p>\n    </info>\n"))
        #expect(try XMLReader.read(text).element(named: "step")?.element(named: "cmd")?.text == "Select Done.")
    }

    @Test func misuseIsAnError() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        #expect(throws: XMLWriteError.self) { try writer.endElement() }
        _ = try writer.finish()
        #expect(throws: XMLWriteError.self) { try writer.startElement("late") }
        #expect(throws: XMLWriteError.self) { try writer.finish() }
    }
}
