import CSQLite

/// Reads what a chat left in its store, so the long chat can show that the saved state stops
/// growing too (its `/back` history is capped), not only the memory.
enum StoreProbe {
    /// The size in bytes of the conversation state saved for `scriptID` in the state folder `state`.
    static func savedStateBytes(state: String, scriptID: String) throws -> Int {
        let path = state + "/coach/sessions/coach.sqlite"
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else {
            throw BenchmarkError(description: "cannot open the long chat's store at \(path)")
        }
        defer { sqlite3_close_v2(handle) }
        var statement: OpaquePointer?
        let query = "SELECT length(CAST(state AS BLOB)) FROM conversation WHERE script_id = ?"
        guard sqlite3_prepare_v2(handle, query, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchmarkError(description: "cannot read the long chat's store: \(String(cString: sqlite3_errmsg(handle)))")
        }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_text(statement, 1, scriptID, -1, transient)
        guard sqlite3_step(statement) == SQLITE_ROW else {
            throw BenchmarkError(description: "the long chat saved no conversation for '\(scriptID)' in \(path)")
        }
        return Int(sqlite3_column_int64(statement, 0))
    }
}
