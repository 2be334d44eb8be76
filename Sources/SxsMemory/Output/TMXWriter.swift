import SxsMarkup

/// Writes distinct pairs of the memory as a TMX 1.4b document (Translation Memory eXchange, LISA OSCAR).
///
/// - `<header>`: creationtool `sxs`, its version, segtype `sentence`, o-tmf `sxs-sqlite`, adminlang and
///   srclang `en-US`, datatype `markdown`.
/// - One `<tu>` per ``MemoryPair`` (tuid from 1; creationdate from the pair's date when it is an ISO date),
///   with `<prop>`s `x-sxs-article` (path), `x-sxs-segment` (id), `x-sxs-translationtype` (HT/MT, when
///   known), `x-sxs-date`, `x-sxs-occurrences`; then a `<tuv xml:lang="en-US">` and a `<tuv>` in the
///   pair's locale, each with its `<seg>`.
/// - Inline markup is kept as **escaped text**: a `<seg>` holds the sxs Markdown exactly as written
///   (`**bold**`, `[link](url)`, `<br/>` as `&lt;br/&gt;`), so a segment read back is byte for byte the
///   pair's text; no `<bpt>`/`<ept>`/`<ph>` codes are written.
///
/// No document type declaration is written (readers such as ``XMLReader`` refuse them); the output
/// validates against `schemas/tmx14.dtd`.
public struct TMXWriter {
    /// The `creationtoolversion` of the header.
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    /// The TMX document of `pairs`, UTF-8.
    public func bytes(of pairs: [MemoryPair]) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try writer.startDocument()
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try writer.startElement("header")
        for (name, value) in [("creationtool", "sxs"), ("creationtoolversion", toolVersion), ("segtype", "sentence"),
                              ("o-tmf", "sxs-sqlite"), ("adminlang", "en-US"), ("srclang", "en-US"), ("datatype", "markdown")] {
            try writer.attribute(name, value)
        }
        try writer.endElement()
        try writer.startElement("body")
        for (index, pair) in pairs.enumerated() {
            try writer.startElement("tu")
            try writer.attribute("tuid", "\(index + 1)")
            if let date = pair.date.flatMap(Self.tmxDate) { try writer.attribute("creationdate", date) }
            try prop("x-sxs-article", pair.path, writer)
            try prop("x-sxs-segment", pair.segmentID, writer)
            if let type = pair.translationType { try prop("x-sxs-translationtype", type.rawValue, writer) }
            if let date = pair.date { try prop("x-sxs-date", date, writer) }
            try prop("x-sxs-occurrences", "\(pair.occurrences)", writer)
            for (language, text) in [("en-US", pair.source), (pair.locale, pair.target)] {
                try writer.startElement("tuv")
                try writer.attribute("xml:lang", language)
                try writer.element("seg", text: text)
                try writer.endElement()
            }
            try writer.endElement()
        }
        return try writer.finish()
    }

    private func prop(_ type: String, _ value: String, _ writer: XMLWriter) throws {
        try writer.startElement("prop", mixedContent: true)
        try writer.attribute("type", type)
        try writer.text(value)
        try writer.endElement()
    }

    /// `2017-06-09` → `20170609T000000Z` (TMX's date form); nil for any other text.
    static func tmxDate(_ iso: String) -> String? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        return parts.joined() + "T000000Z"
    }
}
