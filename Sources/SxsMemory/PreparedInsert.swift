import GRDB
import GRDBSQLite

/// INSERT statements into one table, prepared once and run for many rows, their values bound with
/// SQLite's C API; rows given to ``append(_:)`` are written many to a statement.
///
/// An import writes some 100,000 rows in one transaction. Binding them through GRDB's
/// `StatementArguments` boxed every value, and running one statement per row made SQLite open the
/// table's cursors and indexes again for each: together five times what SQLite spends on the rows
/// themselves. The statements run on GRDB's connection, inside GRDB's transaction, and are
/// finalized when the value is released.
final class PreparedInsert {
    /// A value to bind.
    enum Value {
        case text(String)
        case integer(Int64)
        case null
    }

    private let db: Database
    private let table: String
    private let columns: [String]
    /// How many rows one statement of ``append(_:)`` writes.
    private let rowsPerStatement: Int
    /// Statements by how many rows they write.
    private var statements: [Int: OpaquePointer] = [:]
    /// Rows appended and not written yet.
    private var pending: [[Value]] = []

    init(_ db: Database, table: String, columns: [String], rowsPerStatement: Int = 64) {
        self.db = db
        self.table = table
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
    }

    /// Inserts one row now (after the rows appended before it) and returns its rowid.
    func insert(_ values: [Value]) throws -> Int64 {
        try flush()
        try run(statement(rows: 1), rows: [values])
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// Adds a row to write with the next ones; ``flush()`` writes what is left.
    func append(_ values: [Value]) throws {
        pending.append(values)
        if pending.count == rowsPerStatement { try flush() }
    }

    /// Writes every row appended.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let rows = pending
        pending.removeAll(keepingCapacity: true)
        try run(statement(rows: rows.count), rows: rows)
    }

    private func statement(rows: Int) throws -> OpaquePointer {
        if let statement = statements[rows] { return statement }
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: placeholders, count: rows).joined(separator: ", ")
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code) }
        statements[rows] = statement
        return statement
    }

    private func run(_ statement: OpaquePointer, rows: [[Value]]) throws {
        var index: Int32 = 1
        for row in rows {
            for value in row {
                bind(value, at: index, in: statement)
                index += 1
            }
        }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    private func bind(_ value: Value, at index: Int32, in statement: OpaquePointer) {
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

    /// SQLite copies the bound bytes (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: "INSERT INTO \(table)")
    }
}
