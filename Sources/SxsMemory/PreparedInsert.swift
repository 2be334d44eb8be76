import GRDB
import GRDBSQLite

/// An INSERT prepared once and run for many rows, its values bound with SQLite's C API.
///
/// An import writes some 100,000 rows in one transaction; binding them through GRDB's
/// `StatementArguments` boxed every value and cost five times what SQLite itself spends. The
/// statement runs on GRDB's connection, inside GRDB's transaction, and is finalized when released.
final class PreparedInsert {
    /// A value to bind.
    enum Value {
        case text(String)
        case integer(Int64)
        case null
    }

    private let db: Database
    private let statement: OpaquePointer
    private let sql: String

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.sql = sql
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw Self.error(code, db, sql) }
        self.statement = statement
    }

    deinit { sqlite3_finalize(statement) }

    /// Inserts one row of `values` (one per parameter, in order) and returns its rowid.
    @discardableResult
    func run(_ values: Value...) throws -> Int64 {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(statement, index, number)
            case .null: sqlite3_bind_null(statement, index)
            case .text(var text):
                text.withUTF8 { bytes in
                    // A nil pointer would bind NULL: an empty text binds an empty C string.
                    if let base = bytes.baseAddress {
                        _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                              Int32(bytes.count), Self.transient)
                    } else {
                        _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
                    }
                }
            }
        }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw Self.error(code, db, sql) }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// SQLite copies the bound bytes (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func error(_ code: Int32, _ db: Database, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
}
