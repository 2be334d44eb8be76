import SideBySide
import SxsMarkup

/// Writes procedures as DITA 1.3 task topics, with libxml2 (through ``XMLWriter``).
///
/// One procedure is a `<task>` document; several are `<task>` topics in one `<dita>` document.
/// Steps follow the task content model: `step` = `cmd`, then `info`, `substeps`, `choices`,
/// then `stepresult`; bold labels are `uicontrol`, a recognised menu cascade a `menucascade`,
/// links `xref`, and the step's alerts `note` elements inside its `info`.
public enum DITAProcedureWriter {
    /// The public identifier of the DITA 1.3 task document type.
    public static let taskPublicID = "-//OASIS//DTD DITA Task//EN"
    /// The public identifier of the DITA 1.3 composite (`<dita>`) document type.
    public static let compositePublicID = "-//OASIS//DTD DITA Composite//EN"

    /// The DITA document (UTF-8) of the article's procedures.
    public static func dita(_ article: ArticleProcedures) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        let composite = article.procedures.count != 1
        try writer.startDocument(doctype: composite
            ? XMLWriter.Doctype(name: "dita", publicID: compositePublicID, systemID: "ditabase.dtd")
            : XMLWriter.Doctype(name: "task", publicID: taskPublicID, systemID: "task.dtd"))
        if composite {
            try writer.startElement("dita")
            try writer.attribute("xml:lang", article.locale)
        }
        for (index, procedure) in article.procedures.enumerated() {
            try task(procedure, id: "procedure-\(index + 1)", locale: composite ? nil : article.locale, writer: writer)
        }
        if composite { try writer.endElement() }
        return try writer.finish()
    }

    private static func task(_ procedure: Procedure, id: String, locale: String?, writer: XMLWriter) throws {
        try writer.startElement("task")
        try writer.attribute("id", id)
        if let locale { try writer.attribute("xml:lang", locale) }
        try writer.startElement("title", mixedContent: true)
        if let title = procedure.title { try inlines(title.inlines, cascades: [:], writer: writer) } else { try writer.text(id) }
        try writer.endElement()
        if !procedure.appliesTo.isEmpty {
            try writer.startElement("prolog")
            try writer.startElement("metadata")
            for entry in procedure.appliesTo {
                try writer.startElement("othermeta")
                try writer.attribute("name", "applies-to")
                try writer.attribute("content", entry.cloud ?? entry.label)
                try writer.endElement()
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.startElement("taskbody")
        if !procedure.context.isEmpty {
            try writer.startElement("context")
            for paragraph in procedure.context { try self.paragraph(paragraph, writer: writer) }
            try writer.endElement()
        }
        try writer.startElement("steps")
        for step in procedure.steps { try self.step(step, element: "step", writer: writer) }
        try writer.endElement()
        if !procedure.result.isEmpty || !procedure.notes.isEmpty {
            try writer.startElement("result")
            for paragraph in procedure.result { try self.paragraph(paragraph, writer: writer) }
            for note in procedure.notes { try self.note(note, writer: writer) }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// A step or substep; a substep's own substeps and choices (not allowed there) go into its info.
    private static func step(_ step: ProcedureStep, element: String, writer: XMLWriter) throws {
        try writer.startElement(element)
        if step.isOptional { try writer.attribute("importance", "optional") }
        var cascades: [Int: UIReference] = [:]
        for action in step.actions { if let ui = action.ui, ui.isCascade { cascades[ui.range.start.offset] = ui } }
        try writer.startElement("cmd", mixedContent: true)
        try inlines(step.command.inlines, cascades: cascades, writer: writer)
        try writer.endElement()
        let nested = element == "substep"
        if !step.info.isEmpty || !step.notes.isEmpty || (nested && (!step.substeps.isEmpty || !step.choices.isEmpty)) {
            try writer.startElement("info")
            for paragraph in step.info {
                try writer.startElement("p", mixedContent: true)
                try inlines(paragraph.inlines, cascades: cascades, writer: writer)
                try writer.endElement()
            }
            for note in step.notes { try self.note(note, writer: writer) }
            if nested {
                for substep in step.substeps { try self.paragraph(substep.command, writer: writer) }
                for choice in step.choices { try self.paragraph(choice, writer: writer) }
            }
            try writer.endElement()
        }
        if !nested, !step.substeps.isEmpty {
            try writer.startElement("substeps")
            for substep in step.substeps { try self.step(substep, element: "substep", writer: writer) }
            try writer.endElement()
        }
        if !nested, !step.choices.isEmpty {
            try writer.startElement("choices")
            for choice in step.choices {
                try writer.startElement("choice", mixedContent: true)
                try inlines(choice.inlines, cascades: cascades, writer: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        if !step.result.isEmpty {
            try writer.startElement("stepresult")
            for paragraph in step.result { try self.paragraph(paragraph, writer: writer) }
            try writer.endElement()
        }
        try writer.endElement()
    }

    private static func paragraph(_ text: ProcedureText, writer: XMLWriter) throws {
        try writer.startElement("p", mixedContent: true)
        try inlines(text.inlines, cascades: [:], writer: writer)
        try writer.endElement()
    }

    /// DITA note types; other alert kinds are `other` with `othertype`.
    private static let noteTypes: Set<String> = ["note", "tip", "fastpath", "restriction", "important", "remember",
                                                 "attention", "caution", "notice", "danger", "warning", "trouble"]

    private static func note(_ note: ProcedureNote, writer: XMLWriter) throws {
        try writer.startElement("note")
        let type = note.kind.lowercased()
        if noteTypes.contains(type) {
            try writer.attribute("type", type)
        } else {
            try writer.attribute("type", "other")
            try writer.attribute("othertype", type)
        }
        for paragraph in note.paragraphs { try self.paragraph(paragraph, writer: writer) }
        try writer.endElement()
    }

    /// Inline content: bold as `uicontrol` (a cascade's item as `menucascade`), links as `xref`, code as `codeph`.
    private static func inlines(_ inlines: [Inline], cascades: [Int: UIReference], writer: XMLWriter) throws {
        // White space runs become one space; none at the start or the end.
        var pendingSpace = false
        var wroteAny = false
        func text(_ string: String) throws {
            var collapsed = ""
            for character in string {
                if character.isWhitespace && character != "\u{3000}" {
                    pendingSpace = true
                } else {
                    if pendingSpace && (wroteAny || !collapsed.isEmpty) { collapsed.append(" ") }
                    pendingSpace = false
                    collapsed.append(character)
                }
            }
            if !collapsed.isEmpty {
                try writer.text(collapsed)
                wroteAny = true
            }
        }
        func flushSpace() throws {
            if pendingSpace && wroteAny { try writer.text(" ") }
            pendingSpace = false
            wroteAny = true
        }
        for (index, inline) in inlines.enumerated() {
            let leading = index == 0
            switch inline.kind {
            case .text, .entity, .escape:
                try text(leading ? inline.plainText.trimmingWhitespace : inline.plainText)
            case .softBreak, .lineBreak: pendingSpace = true
            case .html, .image: continue
            case .code(let code):
                try flushSpace()
                try writer.element("codeph", text: code)
            case .strong:
                try flushSpace()
                if let cascade = cascades[inline.range.start.offset] ?? cascades.values.first(where: { inline.range.contains($0.range) }) {
                    try writer.startElement("menucascade")
                    for label in cascade.path { try writer.element("uicontrol", text: label) }
                    try writer.endElement()
                } else {
                    try writer.element("uicontrol", text: inline.plainText.trimmingWhitespace)
                }
            case .link(let destination, _):
                try flushSpace()
                try writer.startElement("xref", mixedContent: true)
                try writer.attribute("href", destination)
                if destination.hasSuffix(".md") { try writer.attribute("format", "markdown") }
                if destination.contains("://") { try writer.attribute("scope", "external") }
                try writer.text(inline.plainText)
                try writer.endElement()
            case .emphasis, .strikethrough:
                try flushSpace()
                try writer.element("i", text: inline.plainText)
            }
        }
    }
}
