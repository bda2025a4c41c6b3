import CSQLite
import CoachKit
import Foundation

/// The chat's store (`coach/sessions/coach.sqlite` in a state folder), read and changed the way
/// a test needs to: what is saved, and damage done to it on purpose.
struct StoreFile {
    let path: String

    init(state: URL) {
        path = state.appendingPathComponent("coach/sessions/coach.sqlite").path
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs one statement with text values bound in order; returns each row's columns as text.
    @discardableResult
    func query(_ sql: String, _ values: [String] = []) throws -> [[String?]] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle else {
            throw Failure(description: "cannot open \(path)")
        }
        defer { sqlite3_close_v2(handle) }
        sqlite3_busy_timeout(handle, 2_000)
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (index, value) in values.enumerated() { sqlite3_bind_text(statement, Int32(index + 1), value, -1, transient) }
        var rows: [[String?]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw Failure(description: String(cString: sqlite3_errmsg(handle))) }
            rows.append(
                (0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) }
                })
        }
    }

    /// The saved state of a script's conversation, as JSON text; nil when there is none.
    func state(of scriptID: String) throws -> String? {
        try query("SELECT state FROM conversation WHERE script_id = ?", [scriptID]).first?.first ?? nil
    }

    /// The saved state of a script's conversation, decoded; nil when there is none.
    func savedSession(of scriptID: String) throws -> SavedSession? {
        try state(of: scriptID).map { try JSONDecoder().decode(SavedSession.self, from: Data($0.utf8)) }
    }

    /// The `you:` lines of a script's saved transcript, one per turn recorded, in order.
    func repliesRecorded(of scriptID: String) throws -> [Substring] {
        try transcript(of: scriptID).split(separator: "\n").filter { $0.hasPrefix("you: ") }
    }

    /// The saved transcript of a script's conversation, every turn's text in order.
    func transcript(of scriptID: String) throws -> String {
        try query("SELECT text FROM transcript WHERE script_id = ? ORDER BY turn", [scriptID]).compactMap { $0.first ?? nil }
            .joined()
    }

    /// Replaces a script's saved transcript with `text`, in one row.
    func setTranscript(of scriptID: String, to text: String) throws {
        try query("DELETE FROM transcript WHERE script_id = ?", [scriptID])
        try query("INSERT INTO transcript (script_id, turn, text) VALUES (?, 1, ?)", [scriptID, text])
    }

    /// The ids the conversations are saved under.
    func conversations() throws -> [String] {
        try query("SELECT script_id FROM conversation ORDER BY script_id").compactMap { $0.first ?? nil }
    }
}
