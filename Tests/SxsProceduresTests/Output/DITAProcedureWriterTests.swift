import SideBySide
import SxsMarkup
@testable import SxsProcedures
import Testing

@Suite struct DITAProcedureWriterTests {
    /// The document after its DOCTYPE line (XMLReader refuses DTDs), read back.
    private func readBody(_ bytes: [UInt8]) throws -> (doctype: String, root: XMLElement) {
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try #require(text.range(of: "<!DOCTYPE"))
        let end = try #require(text[start.upperBound...].range(of: ">"))
        let doctype = text[start.lowerBound..<end.upperBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (doctype, try XMLReader.read(String(text[..<start.lowerBound] + text[end.upperBound...])))
    }

    @Test func oneProcedureIsAWellFormedTaskFollowingTheContentModel() throws {
        let article = try Repository.procedures(Repository.content("zh-CN", "add-a-new-customer"), side: .target)
        let (doctype, task) = try readBody(try DITAProcedureWriter.dita(article))
        #expect(doctype == "<!DOCTYPE task PUBLIC \"-//OASIS//DTD DITA Task//EN\" \"task.dtd\">")
        #expect(task.name == "task")
        #expect(task.attribute("id") == "procedure-1")
        #expect(task.elements.map(\.name) == ["title", "prolog", "taskbody"])
        #expect(task.element(named: "title")?.text == "添加新客户")
        let body = try #require(task.element(named: "taskbody"))
        // The paragraphs before "**添加新客户**" belong to the h1, not to the procedure: no context.
        #expect(body.elements.map(\.name) == ["steps", "result"])
        let steps = try #require(body.element(named: "steps")).elements(named: "step")
        #expect(steps.count == 5)
        let order = ["cmd", "info", "substeps", "choices", "stepresult"]
        for step in steps {
            let names = step.elements.map(\.name)
            #expect(names.first == "cmd")
            #expect(names == names.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        }
        let first = try #require(steps.first?.element(named: "cmd"))
        let cascade = try #require(first.element(named: "menucascade"))
        #expect(cascade.elements(named: "uicontrol").map(\.text) == ["仪表板", "客户"])
        #expect(first.elements(named: "uicontrol").map(\.text) == ["仪表板", "添加客户"])
    }

    @Test func severalProceduresAreTasksInADitaDocumentWithNotes() throws {
        let article = try Repository.procedures(Repository.content("en-US", "create-a-new-subscription"), side: .target)
        let (doctype, root) = try readBody(try DITAProcedureWriter.dita(article))
        #expect(doctype.contains("-//OASIS//DTD DITA Composite//EN"))
        #expect(root.name == "dita")
        let tasks = root.elements(named: "task")
        #expect(tasks.map { $0.element(named: "title")?.text } == ["Create a new subscription", "Suspend a subscription"])
        let third = try #require(tasks[0].element(named: "taskbody")?.element(named: "steps")?.elements(named: "step")[2])
        let note = try #require(third.element(named: "info")?.element(named: "note"))
        #expect(note.attribute("type") == "note")
        #expect(third.element(named: "cmd")?.element(named: "xref")?.attribute("href") == "faq-about-new-billing-features.md")
        #expect(note.element(named: "p")?.text.hasPrefix("You now have the option") == true)
    }
}
