import SxsMarkup

/// Writes an ``XLIFFDocument`` as XLIFF 2.0 (OASIS, `urn:oasis:names:tc:xliff:document:2.0`).
///
/// `<file canResegment="no" xml:space="preserve">` holds the `<skeleton>` (sxs skeleton markup,
/// see ``SkeletonMarkup``) and a `<unit>` per pair: `<notes>`, `<originalData>` with the markup of
/// every code, and one `<segment>` whose `<source>` and `<target>` use `<pc>` for paired codes and
/// `<ph>` for standalone ones (`dataRefStart`/`dataRefEnd`/`dataRef` name the markup). Characters
/// XML cannot hold are `<cp hex>`. State: `translated` with a `<target>` when the pair has a
/// translation, `initial` without one.
enum XLIFF20Writer {
    static func write(_ document: XLIFFDocument) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", XLIFFVersion.v2_0.namespace)
        try writer.attribute("xmlns:\(SkeletonMarkup.prefix)", SkeletonMarkup.namespace)
        try writer.attribute("version", "2.0")
        try writer.attribute("srcLang", document.sourceLanguage)
        if let language = document.targetLanguage { try writer.attribute("trgLang", language) }
        try writer.startElement("file")
        try writer.attribute("id", "f1")
        try writer.attribute("original", document.original)
        try writer.attribute("canResegment", "no")
        try writer.attribute("xml:space", "preserve")
        try writer.startElement("skeleton", mixedContent: true)
        try SkeletonMarkup.write(document.skeleton, into: writer)
        try writer.endElement()
        if document.units.isEmpty {
            // A file needs a unit or a group: an article without pairs gets one empty group.
            try writer.startElement("group")
            try writer.attribute("id", "no-segments")
            try writer.attribute("name", "The article has no segment pairs; the skeleton holds all of it.")
            try writer.endElement()
        }
        for unit in document.units { try write(unit, into: writer) }
        return try writer.finish()
    }

    private static func write(_ unit: XLIFFUnit, into writer: XMLWriter) throws {
        try writer.startElement("unit")
        try writer.attribute("id", unit.id)
        if unit.id != unit.segmentID { try writer.attribute("name", unit.segmentID) }
        if !unit.isTranslatable { try writer.attribute("translate", "no") }
        if !unit.notes.isEmpty {
            try writer.startElement("notes")
            for note in unit.notes {
                try writer.startElement("note", mixedContent: true)
                try writer.attribute("category", note.category)
                try writer.text(note.text)
                try writer.endElement()
            }
            try writer.endElement()
        }
        let data = OriginalData(unit.codes)
        if !data.entries.isEmpty {
            try writer.startElement("originalData")
            for (id, markup) in data.entries {
                try writer.startElement("data", mixedContent: true)
                try writer.attribute("id", id)
                try writeText(markup, into: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.startElement("segment")
        try writer.attribute("state", unit.hasTarget ? "translated" : "initial")
        try writer.startElement("source", mixedContent: true)
        try write(unit.source, unit: unit, data: data, into: writer)
        try writer.endElement()
        if unit.hasTarget {
            try writer.startElement("target", mixedContent: true)
            try write(unit.target, unit: unit, data: data, into: writer)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    private static func write(_ tokens: [CodedToken], unit: XLIFFUnit, data: OriginalData, into writer: XMLWriter) throws {
        for token in tokens {
            switch token {
            case .text(let text):
                try writeText(text, into: writer)
            case .placeholder(let id):
                guard let code = unit.code(id) else { continue }
                try writer.startElement("ph")
                try writer.attribute("id", id)
                try writer.attribute("dataRef", data.id(of: code.start))
                try writeType(code.role, into: writer)
                try writer.endElement()
            case .open(let id):
                guard let code = unit.code(id) else { continue }
                try writer.startElement("pc", mixedContent: true)
                try writer.attribute("id", id)
                try writer.attribute("dataRefStart", data.id(of: code.start))
                try writer.attribute("dataRefEnd", data.id(of: code.end))
                try writeType(code.role, into: writer)
            case .close:
                try writer.endElement()
            }
        }
    }

    /// Text, with `<cp hex>` for the characters XML cannot hold.
    private static func writeText(_ text: String, into writer: XMLWriter) throws {
        try writer.text(text, codePointElement: "cp")
    }

    /// The `type` and `subType` of a code of `role`.
    private static func writeType(_ role: InlineCode.Role, into writer: XMLWriter) throws {
        let (type, subType): (String, String?) = switch role {
        case .bold: ("fmt", "xlf:b")
        case .italic: ("fmt", "xlf:i")
        case .strikethrough: ("fmt", "sxs:strikethrough")
        case .lineBreak: ("fmt", "xlf:lb")
        case .link: ("link", nil)
        case .image: ("image", nil)
        case .code: ("other", "sxs:code")
        case .html: ("other", "sxs:html")
        case .entity: ("other", "sxs:entity")
        case .escape: ("other", "sxs:escape")
        case .character: ("other", "sxs:character")
        }
        try writer.attribute("type", type)
        if let subType { try writer.attribute("subType", subType) }
    }
}

/// The `<originalData>` of a unit: each distinct markup of its codes once, as `d1`, `d2`…
struct OriginalData {
    /// The entries in order: data id and markup.
    private(set) var entries: [(id: String, markup: String)] = []
    private var ids: [String: String] = [:]

    init(_ codes: [InlineCode]) {
        for code in codes {
            add(code.start)
            if code.kind == .paired { add(code.end) }
        }
    }

    private mutating func add(_ markup: String) {
        guard ids[markup] == nil else { return }
        let id = "d\(entries.count + 1)"
        ids[markup] = id
        entries.append((id, markup))
    }

    /// The data id of `markup`.
    func id(of markup: String) -> String { ids[markup] ?? "" }
}
