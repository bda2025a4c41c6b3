import CSQLite
import Glibc

/// One connection to an SQLite database, with only what the conversation store needs: statements
/// with text and integer values, and transactions that either commit whole or leave nothing.
///
/// SQLite's own C API rather than GRDB: GRDB links the whole of Foundation and its ICU data
/// (measured: start-up 5 ms → 16 ms, peak RSS 9 MB → 22 MB for a program that reads one row),
/// while Coach's release build links no Foundation at all; the store needs a dozen statements.
final class SQLiteDatabase {
    private let handle: OpaquePointer

    /// A value bound to or read from a statement.
    enum Value: Equatable {
        case text(String)
        case integer(Int64)
        case null

        var text: String? { if case .text(let value) = self { value } else { nil } }
        var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
    }

    /// What SQLite said went wrong, with its result code.
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let message: String
        var description: String { message }

        /// The file is not a database, or its contents are damaged.
        var isUnreadableFile: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }
        var isDiskFull: Bool { code == SQLITE_FULL }

        /// A failure found before SQLite is asked (a folder that cannot be made, a hostile file).
        static func cannotOpen(_ message: String) -> Failure { Failure(code: SQLITE_CANTOPEN, message: message) }
        /// A database whose pages a check found damaged.
        static func damaged(_ message: String) -> Failure { Failure(code: SQLITE_CORRUPT, message: message) }
    }

    /// Opens (creating if need be) the database at `path`; a symlink there is refused, never followed.
    static func open(_ path: String) -> Result<SQLiteDatabase, Failure> {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard let handle else { return .failure(Failure(code: code, message: "out of memory opening \(path)")) }
        guard code == SQLITE_OK else {
            let failure = Failure(code: code, message: String(cString: sqlite3_errmsg(handle)))
            sqlite3_close_v2(handle)
            return .failure(failure)
        }
        return .success(SQLiteDatabase(handle: handle))
    }

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        if !isClosed { sqlite3_close_v2(handle) }
    }

    /// Closes the connection now; the last one to close folds the log into the database file.
    /// Nothing may be run on it afterwards.
    private(set) var isClosed = false
    func close() {
        guard !isClosed else { return }
        isClosed = true
        sqlite3_close_v2(handle)
    }

    /// Runs SQL with no values and no rows to read (schema, pragmas); several statements at once.
    func execute(_ sql: String) throws(Failure) {
        guard !isClosed else { throw Failure(code: SQLITE_MISUSE, message: "the store is closed") }
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Runs one statement with `values` bound in order, and returns the rows it yields.
    @discardableResult
    func rows(_ sql: String, _ values: [Value] = []) throws(Failure) -> [[Value]] {
        guard !isClosed else { throw Failure(code: SQLITE_MISUSE, message: "the store is closed") }
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK, let statement else { throw failure(prepared) }
        defer { sqlite3_finalize(statement) }
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let bound: Int32 =
                switch value {
                case .text(let text): sqlite3_bind_text(statement, position, text, -1, Self.transient)
                case .integer(let number): sqlite3_bind_int64(statement, position, number)
                case .null: sqlite3_bind_null(statement, position)
                }
            guard bound == SQLITE_OK else { throw failure(bound) }
        }
        var result: [[Value]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return result }
            guard code == SQLITE_ROW else { throw failure(code) }
            result.append((0..<sqlite3_column_count(statement)).map { column(statement, $0) })
        }
    }

    /// The row id of the last row inserted.
    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one transaction, taking the write lock at once; commits if it returns,
    /// rolls back if it throws, so a turn is stored whole or not at all.
    func transaction(_ body: () throws(Failure) -> Void) throws(Failure) {
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            // NB: a failed COMMIT may already have rolled back; a second rollback is harmless.
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }

    private func column(_ statement: OpaquePointer, _ index: Int32) -> Value {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_NULL:
            return .null
        default:
            guard let bytes = sqlite3_column_text(statement, index) else { return .null }
            let count = Int(sqlite3_column_bytes(statement, index))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    /// SQLite's message, with the system's reason when a system call failed ("disk I/O error:
    /// File too large"), so the person can act on it.
    private func failure(_ code: Int32) -> Failure {
        let message = String(cString: sqlite3_errmsg(handle))
        guard code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL else {
            return Failure(code: code, message: message)
        }
        let system = sqlite3_system_errno(handle)
        // NB: a write cut short (a full disk, a size limit) fails with no errno of its own.
        let reason = system != 0 ? String(cString: strerror(system)) : "the disk may be full"
        return Failure(code: code, message: "\(message): \(reason)")
    }

    /// SQLite's SQLITE_TRANSIENT (a C macro Swift cannot import): copy bound text before returning.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
