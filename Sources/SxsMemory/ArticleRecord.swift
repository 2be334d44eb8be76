import SideBySide
import SxsCheck

/// One article as the memory stores it: which file, which version, its metadata and its pairs.
public struct ArticleRecord: Sendable, Hashable {
    /// The path the memory knows the file by (``TranslationMemory/articlePath(_:relativeTo:)``).
    public var path: String
    /// The article's locale: `ms.contentlocale`, else a locale named in the path.
    public var locale: String
    /// The SHA-256 of the file's bytes: the version stored.
    public var contentHash: ContentHash
    /// `ms.translationtype`: HT (human) or MT (machine), nil when the article does not say.
    public var translationType: TranslationType?
    /// `ms.date`, as an ISO date (`2018-10-29`) when it is one of the forms articles use, else as written.
    public var date: String?
    /// `ms.lasthandoff`, the same way.
    public var lastHandoff: String?
    /// `ms.assetid`: the article's id, the same in every locale.
    public var assetID: String?
    /// The pairs that have an English source, in document order.
    public var units: [TranslationUnitRecord]

    /// The record of a parsed article; nil when no locale can be told.
    public init?(document: SxsDocument, path: String, contentHash: ContentHash) {
        let frontMatter = document.frontMatter
        guard let locale = frontMatter?.contentLocale.map(LocaleName.normalized) ?? LocaleName.inPath(document.path) else { return nil }
        self.path = path
        self.locale = locale
        self.contentHash = contentHash
        translationType = frontMatter?.translationType
        date = frontMatter?["ms.date"].map(ArticleRecord.isoDate)
        lastHandoff = frontMatter?.lastHandoff.map(ArticleRecord.isoDate)
        assetID = frontMatter?.assetID
        units = document.segments.filter { $0.source != nil }.enumerated().map { TranslationUnitRecord(pair: $1, position: $0) }
    }

    /// `06/09/2017` (month/day/year, as the articles write dates) → `2017-06-09`; other text as written.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(separator: "/")
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return text }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
