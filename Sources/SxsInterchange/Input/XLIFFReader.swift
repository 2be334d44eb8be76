import SxsMarkup

/// Reads an XLIFF 2.0 or 1.2 file written by ``XLIFFWriter`` (and edited by a translation tool) for import.
///
/// The version is told by the root element's namespace. The file is read with ``XMLReader``: no
/// DTD, no external or expanding entities, no network; such a file is refused with its reason.
public enum XLIFFReader {
    /// The file's skeleton and unit targets; throws ``XMLReadError`` or ``XLIFFReadError`` when it cannot be imported.
    public static func read(_ bytes: [UInt8]) throws -> XLIFFTranslation {
        let root = try XMLReader.read(bytes)
        guard root.name == "xliff" else {
            throw XLIFFReadError(line: root.line, message: "the root element is <\(root.name)>, not <xliff>: this is not an XLIFF file")
        }
        switch root.namespace {
        case XLIFFVersion.v2_0.namespace: return try XLIFF20Reader.read(root)
        case XLIFFVersion.v1_2.namespace: return try XLIFF12Reader.read(root)
        default:
            throw XLIFFReadError(line: root.line, message: "<xliff> is in namespace '\(root.namespace ?? "")', neither XLIFF 2.0's nor 1.2's: only those versions can be imported")
        }
    }

    /// The only `<file>` of `root`: sxs writes one article per XLIFF file.
    static func file(of root: XMLElement) throws -> XMLElement {
        let files = root.elements(named: "file")
        guard files.count == 1, let file = files.first else {
            throw XLIFFReadError(line: root.line, message: "the file holds \(files.count) <file> elements; sxs writes one article per XLIFF file, so it can import only one")
        }
        return file
    }

    /// The `original` path, checked to be relative and to stay inside the output folder.
    static func original(of file: XMLElement) throws -> String {
        guard let original = file.attribute("original"), !original.isEmpty else {
            throw XLIFFReadError(line: file.line, message: "<file> has no original attribute, so the article's name is unknown")
        }
        let parts = original.split(separator: "/", omittingEmptySubsequences: false)
        guard !original.hasPrefix("/"), !parts.contains(".."), !parts.contains(""), !original.contains("\\"), !original.contains("\0") else {
            throw XLIFFReadError(line: file.line, message: "<file original=\"\(original)\"> is not a plain relative path; importing it could write outside the output folder")
        }
        return original
    }

    /// Target content as tokens: text as it is, an element of another namespace unusable, and
    /// each element of `version`'s namespace turned into tokens by `inline`.
    static func tokens(_ content: [XMLContent], version: XLIFFVersion, inline: (XMLElement) -> [TargetToken]) -> [TargetToken] {
        content.flatMap { child -> [TargetToken] in
            switch child {
            case .text(let text): return [.text(text)]
            case .element(let element):
                guard element.namespace == version.namespace else {
                    return [.unusable(element: element.name, reason: "it is not XLIFF \(version.rawValue) inline markup", line: element.line)]
                }
                return inline(element)
            }
        }
    }

    /// Every element named `name` below `element` (depth first, through groups).
    static func descendants(of element: XMLElement, named name: String) -> [XMLElement] {
        element.elements.flatMap { child in child.name == name ? [child] : descendants(of: child, named: name) }
    }
}

/// Reads the XLIFF 2.0 form written by ``XLIFF20Writer``.
enum XLIFF20Reader {
    static func read(_ root: XMLElement) throws -> XLIFFTranslation {
        let file = try XLIFFReader.file(of: root)
        guard let skeletonElement = file.element(named: "skeleton") else {
            throw XLIFFReadError(line: file.line, message: "<file> has no <skeleton>: it was not exported by sxs xliff export, so the article cannot be rebuilt")
        }
        let skeleton = try SkeletonMarkup.read(skeletonElement)
        var units: [String: TranslatedUnit] = [:]
        for unit in XLIFFReader.descendants(of: file, named: "unit") {
            let id = unit.attribute("id") ?? ""
            let data = originalData(of: unit)
            var target: [TargetToken]?
            for segment in unit.elements where segment.name == "segment" || segment.name == "ignorable" {
                guard let element = segment.element(named: "target") else { continue }
                target = (target ?? []) + tokens(element.children, data: data)
            }
            units[id] = TranslatedUnit(id: id, line: unit.line, target: target)
        }
        return XLIFFTranslation(version: .v2_0, original: try XLIFFReader.original(of: file),
                                targetLanguage: root.attribute("trgLang"), skeleton: skeleton, units: units)
    }

    /// The unit's `<data>` contents by id (`<cp>` resolved).
    private static func originalData(of unit: XMLElement) -> [String: String] {
        var data: [String: String] = [:]
        for entry in unit.element(named: "originalData")?.elements(named: "data") ?? [] {
            guard let id = entry.attribute("id") else { continue }
            data[id] = entry.children.map { child in
                switch child {
                case .text(let text): return text
                case .element(let element):
                    return element.name == "cp" ? Unicode.Scalar(hex: element.attribute("hex") ?? "").map { String($0) } ?? "" : ""
                }
            }.joined()
        }
        return data
    }

    private static func tokens(_ content: [XMLContent], data: [String: String]) -> [TargetToken] {
        XLIFFReader.tokens(content, version: .v2_0) { element in
            let id = element.attribute("id") ?? ""
            func code(_ id: String, _ attribute: String) -> TargetCode {
                guard let reference = element.attribute(attribute) else {
                    return TargetCode(id: id, element: element.name, markup: nil,
                                      problem: "<\(element.name)> has no \(attribute), so the markup it stands for is unknown", line: element.line)
                }
                guard let markup = data[reference] else {
                    return TargetCode(id: id, element: element.name, markup: nil,
                                      problem: "its \(attribute) '\(reference)' names no <data> of the unit's <originalData>, so the markup it stands for is unknown",
                                      line: element.line)
                }
                return TargetCode(id: id, element: element.name, markup: markup, line: element.line)
            }
            switch element.name {
            case "cp":
                guard let scalar = Unicode.Scalar(hex: element.attribute("hex") ?? "") else {
                    return [.unusable(element: "cp", reason: "its hex is not a Unicode code point", line: element.line)]
                }
                return [.text(String(scalar))]
            case "ph": return [.placeholder(code(id, "dataRef"))]
            case "pc": return [.open(code(id, "dataRefStart"))] + tokens(element.children, data: data) + [.close(code(id, "dataRefEnd"))]
            case "sc": return [.open(code(id, "dataRef"))]
            case "ec": return [.close(code(element.attribute("startRef") ?? id, "dataRef"))]
            case "mrk": return tokens(element.children, data: data)
            case "sm", "em": return []
            default: return [.unusable(element: element.name, reason: "it is not XLIFF 2.0 inline markup", line: element.line)]
            }
        }
    }
}

/// Reads the XLIFF 1.2 form written by ``XLIFF12Writer``.
enum XLIFF12Reader {
    static func read(_ root: XMLElement) throws -> XLIFFTranslation {
        let file = try XLIFFReader.file(of: root)
        guard let internalFile = file.element(named: "header")?.element(named: "skl")?.element(named: "internal-file") else {
            throw XLIFFReadError(line: file.line, message: "<file> has no <header><skl><internal-file>: it was not exported by sxs xliff export, so the article cannot be rebuilt")
        }
        let skeletonDocument: XMLElement
        do {
            skeletonDocument = try XMLReader.read(internalFile.text)
        } catch let error as XMLReadError {
            throw XLIFFReadError(line: internalFile.line, message: "the skeleton in <internal-file> is not readable: \(error.message)")
        }
        guard skeletonDocument.namespace == SkeletonMarkup.namespace, skeletonDocument.name == "skeleton" else {
            throw XLIFFReadError(line: internalFile.line, message: "<internal-file> does not hold an sxs skeleton")
        }
        let skeleton = try SkeletonMarkup.read(skeletonDocument)
        var units: [String: TranslatedUnit] = [:]
        for unit in XLIFFReader.descendants(of: file, named: "trans-unit") {
            let id = unit.attribute("id") ?? ""
            let sourceCodes = unit.element(named: "source").map(nativeCodes) ?? [:]
            units[id] = TranslatedUnit(id: id, line: unit.line,
                                       target: unit.element(named: "target").map { tokens($0.children, sourceCodes: sourceCodes) })
        }
        return XLIFFTranslation(version: .v1_2, original: try XLIFFReader.original(of: file),
                                targetLanguage: file.attribute("target-language"), skeleton: skeleton, units: units)
    }

    /// The markup of an element's native code (hexadecimal when `ctype="x-sxs-hex"`), or nil when it does not decode.
    private static func native(_ element: XMLElement) -> String? {
        element.attribute("ctype") == NativeCode.hexType ? NativeCode.markup(fromHex: element.text) : element.text
    }

    /// The source's codes by id, as (start, end) markup, for `<g>` and `<x>` in the target, which carry none.
    private static func nativeCodes(_ source: XMLElement) -> [String: (start: String?, end: String?)] {
        var codes: [String: (start: String?, end: String?)] = [:]
        func visit(_ element: XMLElement) {
            for child in element.elements {
                let id = child.attribute("rid") ?? child.attribute("id") ?? ""
                switch child.name {
                case "bpt", "ph": codes[child.name == "ph" ? child.attribute("id") ?? "" : id, default: (nil, nil)].start = native(child)
                case "ept": codes[id, default: (nil, nil)].end = native(child)
                default: visit(child)
                }
            }
        }
        visit(source)
        return codes
    }

    private static func tokens(_ content: [XMLContent], sourceCodes: [String: (start: String?, end: String?)]) -> [TargetToken] {
        XLIFFReader.tokens(content, version: .v1_2) { element in
            let id = element.attribute("id") ?? ""
            func code(_ id: String, _ markup: String?, from: String) -> TargetCode {
                TargetCode(id: id, element: element.name, markup: markup,
                           problem: markup == nil ? "its native code \(from) cannot be read, so the markup it stands for is unknown" : nil,
                           line: element.line)
            }
            let hex = "(hexadecimal that is not UTF-8)", unknown = "(the source has no code \(id))"
            switch element.name {
            case "bpt": return [.open(code(element.attribute("rid") ?? id, native(element), from: hex))]
            case "ept": return [.close(code(element.attribute("rid") ?? id, native(element), from: hex))]
            case "ph": return [.placeholder(code(id, native(element), from: hex))]
            case "x": return [.placeholder(code(id, sourceCodes[id]?.start, from: unknown))]
            case "g":
                return [.open(code(id, sourceCodes[id]?.start, from: unknown))] + tokens(element.children, sourceCodes: sourceCodes)
                    + [.close(code(id, sourceCodes[id]?.end, from: unknown))]
            case "mrk": return tokens(element.children, sourceCodes: sourceCodes)
            default: return [.unusable(element: element.name, reason: "sxs imports bpt, ept, ph, g, x and mrk only", line: element.line)]
            }
        }
    }
}
