/// Writes a document back as side-by-side Markdown, or as plain Markdown in one of its languages.
public enum SxsWriter {
    /// Which text of each pair to write.
    public enum Side: String, Sendable, CaseIterable {
        /// The translation.
        case target
        /// The English source.
        case source
    }

    /// The document as side-by-side Markdown: its front matter, and every pair from its markup and texts.
    ///
    /// For a document as parsed this is the input, byte for byte.
    public static func sxs(_ document: SxsDocument) -> [UInt8] {
        assemble(document, frontMatter: document.frontMatter.map { Array($0.raw.utf8) }) { Array($0.sxsText.utf8) }
    }

    /// The article in one language: every pair replaced by its target or its source, the rest kept.
    ///
    /// With `.source`, front matter whose values are translated in place (title, description,
    /// keywords) has no English to give: it is kept and marked `untranslated-source` by a comment.
    /// A pair with no English source keeps its target text.
    public static func extract(_ document: SxsDocument, side: Side) -> [UInt8] {
        var frontMatter = document.frontMatter.map { Array($0.raw.utf8) }
        if side == .source, let matter = document.frontMatter, !matter.translatedEntries.isEmpty {
            frontMatter = Array(markedUntranslated(matter).utf8)
        }
        return assemble(document, frontMatter: frontMatter) { pair in
            switch side {
            case .target: return Array(pair.target.text.utf8)
            case .source: return Array((pair.source ?? pair.target).text.utf8)
            }
        }
    }

    /// The comment line that marks translated-in-place front matter in a source extraction.
    public static func untranslatedSourceComment(_ matter: FrontMatter) -> String {
        let keys = matter.translatedEntries.map(\.key).joined(separator: ", ")
        let locale = matter.contentLocale ?? "the target language"
        return "# sxs: untranslated-source: \(keys) (kept in \(locale): the article has no English source for them)"
    }

    private static func markedUntranslated(_ matter: FrontMatter) -> String {
        let raw = matter.raw
        // After the opening `---` and its line ending.
        guard let firstBreak = raw.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return raw }
        let ending = String(raw[firstBreak])
        let insertAt = raw.index(after: firstBreak)
        return String(raw[..<insertAt]) + untranslatedSourceComment(matter) + ending + String(raw[insertAt...])
    }

    private static func assemble(_ document: SxsDocument, frontMatter: [UInt8]?, pairText: (SegmentPair) -> [UInt8]) -> [UInt8] {
        let bytes = document.source.bytes
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        if let matter = document.frontMatter, let frontMatter {
            output += frontMatter
            cursor = matter.range.end.offset
        }
        for pair in document.segments {
            output += bytes[cursor..<pair.range.start.offset]
            output += pairText(pair)
            cursor = pair.range.end.offset
        }
        output += bytes[cursor...]
        return output
    }
}
