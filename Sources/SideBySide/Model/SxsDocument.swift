/// A side-by-side article, parsed: its bytes, front matter, blocks, segment pairs and diagnostics.
///
/// The model is lossless: ``SxsWriter`` writes it back byte for byte, and every element knows
/// the range of bytes it came from.
public struct SxsDocument: Sendable {
    /// The path the article was read from, as given (used in diagnostics).
    public var path: String
    /// The file's bytes and lines.
    public var source: SourceText
    /// The front matter, if the file starts with one.
    public var frontMatter: FrontMatter?
    /// The top-level blocks of the body.
    public var blocks: [Block]
    /// Every segment pair, in document order.
    public var segments: [SegmentPair]
    /// Problems found while parsing, in document order.
    public var diagnostics: [Diagnostic]

    public init(path: String, source: SourceText, frontMatter: FrontMatter?, blocks: [Block],
                segments: [SegmentPair], diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.segments = segments
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The line endings the file uses.
    public var lineEndings: LineEndings {
        var crlf = 0, lf = 0, cr = 0
        let bytes = source.bytes
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 { crlf += 1; index += 1 } else { cr += 1 }
            } else if bytes[index] == 10 {
                lf += 1
            }
            index += 1
        }
        return LineEndings(crlf: crlf, lf: lf, cr: cr)
    }
}

/// How many lines of a file end in CRLF, LF and a lone CR.
public struct LineEndings: Sendable, Hashable, Codable {
    public var crlf: Int
    public var lf: Int
    public var cr: Int

    /// Whether the file mixes kinds of line ending.
    public var isMixed: Bool { [crlf, lf, cr].filter { $0 > 0 }.count > 1 }
}
