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
    /// Pairs in front-matter values are written as they were read (the front matter is kept as written).
    public static func sxs(_ document: SxsDocument) -> [UInt8] {
        assemble(document, frontMatter: document.frontMatter.map { Array($0.raw.utf8) }) { Array($0.sxsText.utf8) }
    }

    /// The article in one language: every pair replaced by its target or its source, the rest kept.
    ///
    /// With `.source`, front matter whose values are translated in place (title, description,
    /// keywords) has no English to give: it is kept and marked `untranslated-source` by a comment.
    /// A pair with no English source keeps its target text.
    public static func extract(_ document: SxsDocument, side: Side) -> [UInt8] {
        var frontMatter = document.frontMatter.map { extractedFrontMatter($0, pairs: document.segments, side: side) }
        if side == .source, let matter = document.frontMatter, let extracted = frontMatter {
            let keys = untranslatedEntries(matter, document)
            if !keys.isEmpty { frontMatter = markedUntranslated(extracted, matter: matter, keys: keys) }
        }
        return assemble(document, frontMatter: frontMatter) { pair in
            switch side {
            case .target: return Array(pair.target.text.utf8)
            case .source: return Array((pair.source ?? pair.target).text.utf8)
            }
        }
    }

    /// The comment line that marks translated-in-place front matter in a source extraction.
    public static func untranslatedSourceComment(_ matter: FrontMatter, keys: [String]) -> String {
        let locale = matter.contentLocale ?? "the target language"
        return "# sxs: untranslated-source: \(keys.joined(separator: ", ")) (kept in \(locale): the article has no English source for them)"
    }

    /// The keys translated in place whose values hold no pair, so have no English source.
    private static func untranslatedEntries(_ matter: FrontMatter, _ document: SxsDocument) -> [String] {
        matter.translatedEntries.filter { entry in
            !document.segments.contains { $0.blockKind == "frontMatter" && $0.range.start.line == entry.line }
        }.map(\.key)
    }

    /// The front matter with each pair in its values replaced by one side.
    ///
    /// In a double-quoted value (its markup escapes quotes as `\"`) the text is escaped the same way.
    private static func extractedFrontMatter(_ matter: FrontMatter, pairs: [SegmentPair], side: Side) -> [UInt8] {
        let raw = Array(matter.raw.utf8)
        var output: [UInt8] = []
        var cursor = 0
        for pair in pairs where pair.blockKind == "frontMatter" {
            let written = raw[pair.range.start.offset..<pair.range.end.offset]
            let quoted = zip(written, written.dropFirst()).contains { $0 == UInt8(ascii: "\\") && $1 == UInt8(ascii: "\"") }
            output += raw[cursor..<pair.range.start.offset]
            let text = side == .target ? pair.target.text : (pair.source ?? pair.target).text
            for byte in text.utf8 {
                if quoted, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
            }
            cursor = pair.range.end.offset
        }
        output += raw[cursor...]
        return output
    }

    /// `raw` front matter with the untranslated-source comment after its opening line.
    private static func markedUntranslated(_ raw: [UInt8], matter: FrontMatter, keys: [String]) -> [UInt8] {
        guard let newline = raw.firstIndex(where: { $0 == 10 || $0 == 13 }) else { return raw }
        var lineEnd = newline + 1
        if raw[newline] == 13, lineEnd < raw.count, raw[lineEnd] == 10 { lineEnd += 1 }
        let ending = Array(raw[newline..<lineEnd])
        return Array(raw[..<lineEnd]) + Array(untranslatedSourceComment(matter, keys: keys).utf8) + ending + Array(raw[lineEnd...])
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
        for pair in document.segments where pair.blockKind != "frontMatter" {
            output += bytes[cursor..<pair.range.start.offset]
            output += pairText(pair)
            cursor = pair.range.end.offset
        }
        output += bytes[cursor...]
        return output
    }
}
