import Foundation
import GRDB
import SideBySide

extension TranslationMemory {
    /// Imports the articles at `files` (paths of `.md` files) in one transaction: a file whose
    /// content hash is stored is left alone, a new file is added, a changed file replaces its
    /// version's pairs. Files are parsed on all cores; only new and changed ones are parsed.
    ///
    /// Files are stored under ``articlePath(_:relativeTo:)`` of `base`. A file that cannot be read,
    /// or whose locale cannot be told, is skipped with a problem; the others are still stored. Any
    /// database error rolls the whole import back and is thrown.
    public func importArticles(_ files: [String], relativeTo base: String) throws(TranslationMemoryError) -> ImportSummary {
        try write { db in
            var run = try ArticleImport(db: db)
            return try run.run(files, base: base)
        }
    }
}

/// One import, inside its write transaction.
struct ArticleImport {
    let db: Database
    /// The id of every English text stored, by key (loaded once, kept up to date by this import).
    private var sourceIDs: [String: Int64] = [:]
    private let insertUnit: PreparedInsert
    private let insertSource: PreparedInsert

    init(db: Database) throws {
        self.db = db
        insertUnit = try PreparedInsert(db, sql: """
            INSERT INTO translationUnit (articleID, sourceID, locale, segmentID, position, startLine, startColumn, blockKind,
                source, target, sourceText, targetText, targetKey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSource = try PreparedInsert(db, sql: "INSERT INTO source (key, text, words) VALUES (?, ?, ?)")
    }

    /// A file read and hashed, before it is parsed.
    private struct Candidate {
        var file: String
        var path: String
        var hash: ContentHash
        var stored: (id: Int64, hash: String)?
    }

    mutating func run(_ files: [String], base: String) throws -> ImportSummary {
        var summary = ImportSummary()
        var stored: [String: (id: Int64, hash: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, contentHash FROM article") {
            stored[row["path"]] = (row["id"], row["contentHash"])
        }
        let sources = try Row.fetchCursor(db, sql: "SELECT id, key FROM source")
        while let row = try sources.next() { sourceIDs[row[1]] = row[0] }
        // Hash every file first: only new and changed ones are parsed.
        var candidates: [Candidate] = []
        var seen = Set<String>()
        for file in files {
            let path = TranslationMemory.articlePath(file, relativeTo: base)
            // The same file named twice (a folder and a file in it) is one article.
            guard seen.insert(path).inserted else { continue }
            let bytes: [UInt8]
            do {
                bytes = try FileIO.read(file)
            } catch {
                summary.skipped += 1
                summary.problems.append(ImportProblem(path: file, message: (error as? FileIOError)?.message ?? "\(error)"))
                continue
            }
            let hash = ContentHash(of: bytes)
            if let known = stored[path], known.hash == hash.hex {
                summary.unchanged += 1
            } else {
                candidates.append(Candidate(file: file, path: path, hash: hash, stored: stored[path]))
            }
        }
        let byFile = Dictionary(candidates.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let parsed = SxsParser.parseFiles(candidates.map(\.file)) { result -> Result<(ArticleRecord?, [Diagnostic], Bool), FileIOError> in
            result.map { document in
                let candidate = byFile[document.path]!
                return (ArticleRecord(document: document, path: candidate.path, contentHash: candidate.hash),
                        document.diagnostics.filter { $0.severity == .error }, !document.segments.isEmpty)
            }
        }
        let now = ISO8601DateFormatter().string(from: Date())
        var orphanCandidates = Set<Int64>()
        for (candidate, outcome) in zip(candidates, parsed) {
            switch outcome {
            case .failure(let error):
                summary.skipped += 1
                summary.problems.append(ImportProblem(path: candidate.file, message: error.message))
            case .success((nil, _, false)):
                summary.skipped += 1 // no locale and no pairs: not an article (a README)
            case .success((nil, _, true)):
                summary.skipped += 1
                summary.problems.append(ImportProblem(
                    path: candidate.file, location: SourceLocation(line: 1, column: 1, offset: 0),
                    message: "no locale: neither ms.contentlocale nor a locale folder in the path names it, so its pairs cannot be stored"))
            case .success((let article?, let errors, _)):
                summary.problems += errors.map {
                    ImportProblem(path: candidate.file, location: $0.location, message: $0.message, code: $0.code)
                }
                let articleID: Int64
                if let known = candidate.stored {
                    articleID = known.id
                    orphanCandidates.formUnion(try Int64.fetchAll(
                        db.cachedStatement(sql: "SELECT DISTINCT sourceID FROM translationUnit WHERE articleID = ?"), arguments: [articleID]))
                    try db.cachedStatement(sql: "DELETE FROM translationUnit WHERE articleID = ?").execute(arguments: [articleID])
                    summary.pairsRemoved += db.changesCount
                    try db.cachedStatement(sql: """
                        UPDATE article SET locale = ?, contentHash = ?, translationType = ?, date = ?, lastHandoff = ?,
                            assetID = ?, importedAt = ? WHERE id = ?
                        """).execute(arguments: [article.locale, article.contentHash.hex, article.translationType?.rawValue,
                                                 article.date, article.lastHandoff, article.assetID, now, articleID])
                    summary.replaced += 1
                } else {
                    try db.cachedStatement(sql: """
                        INSERT INTO article (path, locale, contentHash, translationType, date, lastHandoff, assetID, importedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [article.path, article.locale, article.contentHash.hex, article.translationType?.rawValue,
                                                 article.date, article.lastHandoff, article.assetID, now])
                    articleID = db.lastInsertedRowID
                    summary.imported += 1
                }
                try store(article, id: articleID)
                summary.pairsStored += article.units.count
            }
        }
        // English no pair uses any more (every pair of a replaced version had it).
        let orphan = try db.cachedStatement(sql: """
            DELETE FROM source WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM translationUnit WHERE sourceID = ?1)
            """)
        for id in orphanCandidates { try orphan.execute(arguments: [id]) }
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        summary.problems = summary.problems.enumerated().sorted { (order[$0.element.path] ?? 0, $0.offset) < (order[$1.element.path] ?? 0, $1.offset) }
            .map(\.element)
        return summary
    }

    /// Inserts the pairs of `article`, and each English text not stored yet.
    private mutating func store(_ article: ArticleRecord, id articleID: Int64) throws {
        for unit in article.units {
            let sourceID = try self.sourceID(of: unit)
            try insertUnit.run(
                .integer(articleID), .integer(sourceID), .text(article.locale), .text(unit.segmentID), .integer(Int64(unit.position)),
                .integer(Int64(unit.line)), .integer(Int64(unit.column)), .text(unit.blockKind), .text(unit.source), .text(unit.target),
                .text(unit.sourceText.plain), .text(unit.targetText), .text(unit.targetKey))
        }
    }

    /// The id of the unit's English in `source`, inserted when new.
    private mutating func sourceID(of unit: TranslationUnitRecord) throws -> Int64 {
        let key = unit.sourceText.key
        if let id = sourceIDs[key] { return id }
        let id = try insertSource.run(.text(key), .text(unit.sourceText.plain), .integer(Int64(unit.sourceWords)))
        sourceIDs[key] = id
        return id
    }
}
