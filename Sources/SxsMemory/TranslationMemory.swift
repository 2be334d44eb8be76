import Foundation
import GRDB
import SideBySide

/// A translation memory: every aligned pair of the articles imported, in one SQLite database (GRDB).
///
/// Each import is one write transaction: it stores all its files or, on any error, none. Searches
/// and reports read a consistent snapshot. The schema is ``MemorySchema``.
public final class TranslationMemory: Sendable {
    let queue: DatabaseQueue
    /// The database file (`:memory:` for one kept in memory).
    public let path: String

    /// The default database: `.sxs/tm.sqlite` under the current directory.
    public static let defaultPath = ".sxs/tm.sqlite"

    /// Opens the memory at `path`, migrating it to the current schema; with `create`, a missing
    /// database (and its folder) is created, otherwise a missing file is an error.
    public init(path: String, create: Bool = true) throws(FileIOError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create {
            throw FileIOError(path: path, message: "no such translation memory; sxs tm import creates it")
        }
        do {
            if !exists {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            queue = try DatabaseQueue(path: path, configuration: Self.configuration)
            try MemorySchema.migrator.migrate(queue)
        } catch {
            throw Self.error(error, path: path)
        }
    }

    /// A memory that lives in memory only (tests, benchmarks).
    public init() throws(FileIOError) {
        path = ":memory:"
        do {
            queue = try DatabaseQueue(configuration: Self.configuration)
            try MemorySchema.migrator.migrate(queue)
        } catch {
            throw Self.error(error, path: path)
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.label = "sxs-tm"
        configuration.prepareDatabase { db in
            // An import touches every index page of a corpus-sized memory in one transaction: with
            // SQLite's default 2 MiB cache, pages would spill to the file and journal mid-transaction.
            try db.execute(sql: "PRAGMA cache_size = -262144")
        }
        return configuration
    }

    /// How many rows the connection's statements have inserted, updated or deleted since it was
    /// opened (SQLite's `total_changes`): an import that changes nothing leaves it as it was.
    public var totalChanges: Int {
        get throws(FileIOError) { try read { $0.totalChangesCount } }
    }

    /// Runs `body` in a read transaction; a database error is a ``FileIOError`` naming the database.
    func read<T>(_ body: (Database) throws -> T) throws(FileIOError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw Self.error(error, path: path)
        }
    }

    /// Runs `body` in one write transaction: committed if it returns, rolled back if it throws.
    func write<T>(_ body: (Database) throws -> T) throws(FileIOError) -> T {
        do {
            return try queue.write(body)
        } catch {
            var failure = Self.error(error, path: path)
            failure.message += " (rolled back: nothing of it was written)"
            throw failure
        }
    }

    static func error(_ error: any Error, path: String) -> FileIOError {
        if let error = error as? FileIOError { return error }
        if let error = error as? DatabaseError {
            return FileIOError(path: path, message: "SQLite: \(error.message ?? error.description)")
        }
        return FileIOError(path: path, message: "\(error)")
    }

    /// The path a file is stored under: relative to `base` (the current directory) when it is inside
    /// it, else absolute; so `content/zh-CN/a.md`, `./content/zh-CN/a.md` and its absolute path are one article.
    public static func articlePath(_ path: String, relativeTo base: String) -> String {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
        let root = URL(fileURLWithPath: base, isDirectory: true).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
