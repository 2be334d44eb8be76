import SideBySide

/// The procedures of one side of an article, with the locale they were recognised in.
public struct ArticleProcedures: Sendable {
    /// The article's path, as given.
    public var path: String
    /// Which side of the pairs was read.
    public var side: ProcedureSide
    /// The locale of that side's text.
    public var locale: String
    /// The procedures, in order.
    public var procedures: [Procedure]

    public init(path: String, side: ProcedureSide, locale: String, procedures: [Procedure]) {
        self.path = path
        self.side = side
        self.locale = locale
        self.procedures = procedures
    }

    /// Extracts the procedures of `side` of `document` with the patterns of that side's locale.
    ///
    /// Throws ``LocalePatternsError`` (or a file error) when the locale is unknown or its patterns cannot be read.
    public static func extract(from document: SxsDocument, side: ProcedureSide,
                               locales: inout ProcedureLocales) throws -> ArticleProcedures {
        guard let locale = ProcedureExtractor.locale(of: document, side: side) else {
            throw LocalePatternsError(path: document.path,
                                      message: "the article's locale is unknown: it has no ms.contentlocale and no locale folder in its path")
        }
        let patterns = try locales.patterns(for: locale)
        let procedures = ProcedureExtractor(side: side, patterns: patterns).procedures(in: document)
        return ArticleProcedures(path: document.path, side: side, locale: locale, procedures: procedures)
    }

    /// Whether the article's body has pairs, so that its target and source are different texts.
    public static func isBilingual(_ document: SxsDocument) -> Bool {
        ProcedureExtractor.hasBodyPairs(document)
    }
}
