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
    public func importArticles(_ files: [String], relativeTo base: String) throws(FileIOError) -> ImportSummary {
        try write { db in
            var run = ArticleImport(db: db)
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

    init(db: Database) {
        self.db = db
        insertUnit = PreparedInsert(db, table: "translationUnit", columns: [
            "articleID", "sourceID", "locale", "segmentID", "position", "startLine", "startColumn", "blockKind",
            "source", "target", "sourceText", "targetText",
        ])
        insertSource = PreparedInsert(db, table: "source", columns: ["key", "text", "words"])
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
        let firstNewSource = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM source") ?? 0) + 1
        // The same file named twice (a folder and a file in it) is one article.
        var seen = Set<String>()
        let unique = files.map { ($0, TranslationMemory.articlePath($0, relativeTo: base)) }.filter { seen.insert($0.1).inserted }
        // Hash every file first: only new and changed ones are parsed.
        var candidates: [Candidate] = []
        for ((file, path), hash) in zip(unique, Self.hashes(of: unique.map(\.0))) {
            switch hash {
            case .failure(let error):
                summary.skipped += 1
                summary.problems.append(ImportProblem(path: file, message: error.message))
            case .success(let hash) where stored[path]?.hash == hash.hex:
                summary.unchanged += 1
            case .success(let hash):
                candidates.append(Candidate(file: file, path: path, hash: hash, stored: stored[path]))
            }
        }
        // Parsed on all cores in the background, stored here in file order as each is ready.
        let handoff = OrderedHandoff<Result<(ArticleRecord?, [Diagnostic], Bool), FileIOError>>(count: candidates.count)
        let parsing = DispatchGroup()
        DispatchQueue.global().async(group: parsing) { [candidates] in
            let byFile = Dictionary(candidates.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
            _ = SxsParser.parseFiles(candidates.map(\.file)) { result in
                switch result {
                case .success(let document):
                    let index = byFile[document.path]!
                    let candidate = candidates[index]
                    handoff.put(.success((ArticleRecord(document: document, path: candidate.path, contentHash: candidate.hash),
                                          document.diagnostics.filter { $0.severity == .error }, !document.segments.isEmpty)), at: index)
                case .failure(let error):
                    handoff.put(.failure(error), at: byFile[error.path] ?? 0)
                }
            }
        }
        defer { parsing.wait() }
        let now = ISO8601DateFormatter().string(from: Date())
        var orphanCandidates = Set<Int64>()
        for (index, candidate) in candidates.enumerated() {
            switch handoff.take(index) {
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
                if let known = candidate.stored {
                    orphanCandidates.formUnion(try replace(article, id: known.id, at: now, summary: &summary))
                } else {
                    try add(article, at: now)
                    summary.imported += 1
                }
                summary.pairsStored += article.units.count
            }
        }
        try insertUnit.flush()
        // The full-text index of the English texts, in one statement each way.
        try db.execute(sql: "INSERT INTO sourceSearch (rowid, text) SELECT id, text FROM source WHERE id >= ?",
                       arguments: [firstNewSource])
        // English no pair uses any more (every pair of a replaced version had it) leaves both.
        let unused = "id = ?1 AND NOT EXISTS (SELECT 1 FROM translationUnit WHERE sourceID = ?1)"
        let unindex = try db.cachedStatement(sql: "INSERT INTO sourceSearch (sourceSearch, rowid, text) SELECT 'delete', id, text FROM source WHERE \(unused)")
        let orphan = try db.cachedStatement(sql: "DELETE FROM source WHERE \(unused)")
        for id in orphanCandidates {
            try unindex.execute(arguments: [id])
            try orphan.execute(arguments: [id])
        }
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        summary.problems = summary.problems.enumerated().sorted { (order[$0.element.path] ?? 0, $0.offset) < (order[$1.element.path] ?? 0, $1.offset) }
            .map(\.element)
        return summary
    }

    /// Stores a new article and its pairs.
    private mutating func add(_ article: ArticleRecord, at now: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article (path, locale, contentHash, translationType, date, lastHandoff, assetID, importedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article.path, article.locale, article.contentHash.hex, article.translationType?.rawValue,
                                     article.date, article.lastHandoff, article.assetID, now])
        try store(article, id: db.lastInsertedRowID)
    }

    /// Replaces the stored version `id` of an article and its pairs; returns the English its old
    /// pairs used (some may be used no more).
    private mutating func replace(_ article: ArticleRecord, id: Int64, at now: String, summary: inout ImportSummary) throws -> [Int64] {
        let used = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT sourceID FROM translationUnit WHERE articleID = ?"),
                                      arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM translationUnit WHERE articleID = ?").execute(arguments: [id])
        summary.pairsRemoved += db.changesCount
        try db.cachedStatement(sql: """
            UPDATE article SET locale = ?, contentHash = ?, translationType = ?, date = ?, lastHandoff = ?,
                assetID = ?, importedAt = ? WHERE id = ?
            """).execute(arguments: [article.locale, article.contentHash.hex, article.translationType?.rawValue,
                                     article.date, article.lastHandoff, article.assetID, now, id])
        summary.replaced += 1
        try store(article, id: id)
        return used
    }

    /// The SHA-256 of each file's bytes, read and hashed on all cores, in order.
    static func hashes(of files: [String]) -> [Result<ContentHash, FileIOError>] {
        let results = UnsafeMutableBufferPointer<Result<ContentHash, FileIOError>>.allocate(capacity: files.count)
        defer { results.deallocate() }
        // Each index is written by exactly one iteration.
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result: Result<ContentHash, FileIOError>
            do {
                result = .success(ContentHash(of: try FileIO.read(files[index])))
            } catch {
                result = .failure(error as? FileIOError ?? FileIOError(path: files[index], message: "\(error)"))
            }
            (results.baseAddress! + index).initialize(to: result)
        }
        let values = Array(results)
        _ = results.baseAddress.map { $0.deinitialize(count: files.count) }
        return values
    }

    /// Inserts the pairs of `article`, and each English text not stored yet.
    private mutating func store(_ article: ArticleRecord, id articleID: Int64) throws {
        for unit in article.units {
            let sourceID = try self.sourceID(of: unit)
            try insertUnit.append([
                .integer(articleID), .integer(sourceID), .text(article.locale), .text(unit.segmentID), .integer(Int64(unit.position)),
                .integer(Int64(unit.line)), .integer(Int64(unit.column)), .text(unit.blockKind), .text(unit.source), .text(unit.target),
                .text(unit.sourceText.plain), .text(unit.targetText),
            ])
        }
    }

    /// The id of the unit's English in `source`, inserted when new.
    private mutating func sourceID(of unit: TranslationUnitRecord) throws -> Int64 {
        let key = unit.sourceText.key
        if let id = sourceIDs[key] { return id }
        let id = try insertSource.insert([.text(key), .text(unit.sourceText.plain), .integer(Int64(unit.sourceWords))])
        sourceIDs[key] = id
        return id
    }
}
