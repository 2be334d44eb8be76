import SxsMarkup

/// Writes an ``XLIFFDocument`` as XLIFF 1.2 (OASIS, `urn:oasis:names:tc:xliff:document:1.2`, strict schema).
///
/// `<file datatype="x-sxs-markdown" xml:space="preserve">` has a `<header><skl><internal-file
/// form="application/x-sxs-skeleton+xml">` holding the skeleton as an XML document (see
/// ``SkeletonMarkup``), and a `<trans-unit>` per pair. Paired codes are `<bpt>`/`<ept>` (same `id`
/// and `rid`), standalone ones `<ph>`, each with the markup as native code content. Markup that
/// holds characters XML cannot carry is written as the hexadecimal of its UTF-8 bytes, marked
/// `ctype="x-sxs-hex"`. A pair with a translation has `<target state="translated">`; one without
/// has no `<target>`. Notes are `<note from="sxs">`.
enum XLIFF12Writer {
    static func write(_ document: XLIFFDocument) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", XLIFFVersion.v1_2.namespace)
        try writer.attribute("version", "1.2")
        try writer.startElement("file")
        try writer.attribute("original", document.original)
        try writer.attribute("source-language", document.sourceLanguage)
        if let language = document.targetLanguage { try writer.attribute("target-language", language) }
        try writer.attribute("datatype", "x-sxs-markdown")
        try writer.attribute("xml:space", "preserve")
        try writer.startElement("header")
        try writer.startElement("skl")
        try writer.startElement("internal-file", mixedContent: true)
        try writer.attribute("form", "application/x-sxs-skeleton+xml")
        try writer.text(try SkeletonMarkup.document(document.skeleton))
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("body")
        for unit in document.units { try write(unit, into: writer) }
        try writer.endElement()
        return try writer.finish()
    }

    private static func write(_ unit: XLIFFUnit, into writer: XMLWriter) throws {
        try writer.startElement("trans-unit")
        try writer.attribute("id", unit.id)
        try writer.attribute("resname", unit.segmentID)
        if !unit.isTranslatable { try writer.attribute("translate", "no") }
        try writer.attribute("xml:space", "preserve")
        try writer.startElement("source", mixedContent: true)
        try write(unit.source, unit: unit, into: writer)
        try writer.endElement()
        if unit.hasTarget {
            try writer.startElement("target", mixedContent: true)
            try writer.attribute("state", "translated")
            try write(unit.target, unit: unit, into: writer)
            try writer.endElement()
        }
        for note in unit.notes {
            try writer.startElement("note", mixedContent: true)
            try writer.attribute("from", "sxs")
            try writer.text("\(note.category): \(note.text)")
            try writer.endElement()
        }
        try writer.endElement()
    }

    private static func write(_ tokens: [CodedToken], unit: XLIFFUnit, into writer: XMLWriter) throws {
        for token in tokens {
            switch token {
            case .text(let text):
                // Text never holds characters XML cannot carry: the code map made them codes.
                try writer.text(text)
            case .placeholder(let id):
                guard let code = unit.code(id) else { continue }
                try writeCode("ph", id: id, markup: code.start, ctype: placeholderType(code.role), into: writer)
            case .open(let id):
                guard let code = unit.code(id) else { continue }
                try writeCode("bpt", id: id, markup: code.start, ctype: delimiterType(code.role), into: writer)
            case .close(let id):
                guard let code = unit.code(id) else { continue }
                try writeCode("ept", id: id, markup: code.end, ctype: nil, into: writer)
            }
        }
    }

    private static func writeCode(_ name: String, id: String, markup: String, ctype: String?, into writer: XMLWriter) throws {
        try writer.startElement(name, mixedContent: true)
        try writer.attribute("id", id)
        if name != "ph" { try writer.attribute("rid", id) }
        if markup.isXMLText {
            if let ctype { try writer.attribute("ctype", ctype) }
            try writer.text(markup)
        } else {
            try writer.attribute("ctype", NativeCode.hexType)
            try writer.text(NativeCode.hex(markup))
        }
        try writer.endElement()
    }

    private static func delimiterType(_ role: InlineCode.Role) -> String {
        switch role {
        case .bold: "bold"
        case .italic: "italic"
        case .link: "link"
        default: "x-\(role.rawValue)"
        }
    }

    private static func placeholderType(_ role: InlineCode.Role) -> String {
        switch role {
        case .image: "image"
        case .lineBreak: "lb"
        default: "x-\(role.rawValue)"
        }
    }
}

/// How XLIFF 1.2 native code carries markup XML cannot hold: the hexadecimal of its UTF-8 bytes.
enum NativeCode {
    /// The `ctype` that marks native code written in hexadecimal.
    static let hexType = "x-sxs-hex"

    static func hex(_ markup: String) -> String {
        markup.utf8.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The markup `hex` stands for, or nil when it is not an even run of hexadecimal digits of UTF-8.
    static func markup(fromHex hex: String) -> String? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
