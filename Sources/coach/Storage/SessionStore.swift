import CoachKit
import FoundationEssentials
import Glibc

/// Keeps conversations on disk, per script, in one SQLite database (`sessions/coach.sqlite`):
/// the conversation in progress, its transcript, and the journals of finished ones.
///
/// Each turn is one transaction: the turn's transcript lines and the state that counts them are
/// committed together or not at all, so a kill, a full disk or a power cut can never leave a turn
/// in one that the other lacks. The database is in WAL mode with `synchronous=FULL`: a commit is
/// on the disk before the coach's answer is shown, so a crash loses at most the reply being typed.
final class SessionStore {
    let directory: String
    let databasePath: String
    private let database: SQLiteDatabase

    static let databaseName = "coach.sqlite"
    /// 1: conversation, transcript and journal tables.
    static let schemaVersion = 1

    /// A file name for a script's own file in the store's folder (its lock): the script's id with
    /// anything but letters, digits, "-" and "_" made "_".
    static func fileName(for scriptID: String, extension suffix: String) -> String {
        String(scriptID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }) + "." + suffix
    }

    /// The store's folder under the state folder, or nil when there is none.
    static var standardDirectory: String? { PrivateFiles.stateDirectory.map { $0 + "/sessions" } }

    /// What opening found: the store, and a sentence for the person when a damaged database had
    /// to be set aside first.
    struct Opened {
        var store: SessionStore
        var notice: String?
    }

    /// Opens (creating if need be) the store in `directory`. A file that is not a readable
    /// database is renamed aside, never deleted, and a new one begun; the notice says where.
    static func open(directory: String) -> Result<Opened, SQLiteDatabase.Failure> {
        if let problem = PrivateFiles.prepareDirectory(directory) { return .failure(.cannotOpen(problem)) }
        let path = FileSystem.join(directory, databaseName)
        switch openPrepared(path, directory: directory) {
        case .success(let store):
            return .success(Opened(store: store))
        case .failure(let failure) where failure.isUnreadableFile:
            // NB: the process id too, so two set asides in one second never share a name.
            let kept = "\(path).unreadable-\(time(nil))-\(getpid())"
            guard access(kept, F_OK) != 0, rename(path, kept) == 0 else { return .failure(failure) }
            for suffix in ["-wal", "-shm"] { rename(path + suffix, kept + suffix) }
            return openPrepared(path, directory: directory).map {
                Opened(
                    store: $0,
                    notice:
                        "The file of saved conversations could not be read (\(failure)). Nothing is deleted: it is kept as \(kept)."
                )
            }
        case .failure(let failure):
            return .failure(failure)
        }
    }

    private static func openPrepared(_ path: String, directory: String) -> Result<SessionStore, SQLiteDatabase.Failure> {
        if let problem = PrivateFiles.prepareOwnFile(path) { return .failure(.cannotOpen(problem)) }
        // NB: SQLite would refuse a link at its log or shared memory too, but only as "unable to
        // open database file"; checked here, the person is told which file and why.
        for suffix in ["-wal", "-shm"] {
            if let problem = PrivateFiles.checkOwnFileIfPresent(path + suffix) { return .failure(.cannotOpen(problem)) }
        }
        return SQLiteDatabase.open(path).flatMap { database in
            do throws(SQLiteDatabase.Failure) {
                // NB: WAL with FULL syncs the log at every commit (durable through a power cut)
                // and costs about 0.3 ms a turn here; the busy timeout lets `coach forget` and a
                // starting chat wait for each other instead of failing.
                // NB: secure_delete, so a deleted conversation or journal is overwritten, not left in free pages.
                try database.execute(
                    "PRAGMA busy_timeout = 2000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON")
                // NB: damage found now is set aside at once; found later, every turn would fail to save.
                let check = try database.rows("PRAGMA quick_check").first?.first?.text
                guard check == "ok" else { throw .damaged("the database is damaged (\(check ?? "no answer"))") }
                try createSchema(database)
                return .success(SessionStore(directory: directory, databasePath: path, database: database))
            } catch {
                return .failure(error)
            }
        }
    }

    private static func createSchema(_ database: SQLiteDatabase) throws(SQLiteDatabase.Failure) {
        let version = try database.rows("PRAGMA user_version").first?.first?.integer ?? 0
        guard version <= Int64(schemaVersion) else {
            throw .cannotOpen(
                "it was written by a newer Coach (store version \(version); this one knows \(schemaVersion)), which it leaves as it is"
            )
        }
        guard version < Int64(schemaVersion) else { return }
        try database.transaction { () throws(SQLiteDatabase.Failure) in
            try database.execute(
                """
                CREATE TABLE IF NOT EXISTS conversation (
                    script_id TEXT PRIMARY KEY, state TEXT NOT NULL, updated INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS transcript (
                    script_id TEXT NOT NULL, turn INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (script_id, turn));
                CREATE TABLE IF NOT EXISTS journal (
                    id INTEGER PRIMARY KEY, script_id TEXT NOT NULL, title TEXT NOT NULL,
                    finished INTEGER NOT NULL, entries TEXT NOT NULL);
                PRAGMA user_version = \(schemaVersion);
                """)
        }
    }

    private init(directory: String, databasePath: String, database: SQLiteDatabase) {
        self.directory = directory
        self.databasePath = databasePath
        self.database = database
    }

    enum LoadError: Error {
        case none
        case unreadable(String)
    }

    /// The saved conversation for a script. One saved by an older Coach in two files beside the
    /// database is moved into it first, so an upgrade loses nothing.
    func load(scriptID: String) -> Result<SavedSession, LoadError> {
        let text: String
        do {
            if let imported = try importLegacyFiles(scriptID: scriptID) {
                text = imported
            } else if let saved = try database.rows("SELECT state FROM conversation WHERE script_id = ?", [.text(scriptID)])
                .first?.first?.text
            {
                text = saved
            } else {
                return .failure(.none)
            }
        } catch {
            return .failure(.unreadable("the saved conversations in \(databasePath) cannot be read (\(error))"))
        }
        do {
            return .success(try JSONDecoder().decode(SavedSession.self, from: Data(text.utf8)))
        } catch {
            return .failure(.unreadable("the saved conversation for '\(scriptID)' in \(databasePath) cannot be read (\(error))"))
        }
    }

    /// The transcript of the saved conversation: nil when there is none.
    func transcript(scriptID: String) throws(SQLiteDatabase.Failure) -> String? {
        let rows = try database.rows("SELECT text FROM transcript WHERE script_id = ? ORDER BY turn", [.text(scriptID)])
        return rows.isEmpty ? nil : rows.compactMap { $0.first?.text }.joined()
    }

    /// Stores one turn: the transcript text recorded since the last commit and the state after
    /// it, in one transaction. `fresh` begins the conversation anew: the old one's transcript is
    /// replaced in the same transaction, so an old state never pairs with a new transcript.
    /// Returns a reason on failure, when nothing of the turn is stored.
    func commit(_ session: SavedSession, transcript: String, fresh: Bool) -> String? {
        let encoded: Data
        do { encoded = try JSONEncoder().encode(session) } catch { return "\(error)" }
        let id = SQLiteDatabase.Value.text(session.scriptID)
        do {
            try database.transaction { () throws(SQLiteDatabase.Failure) in
                if fresh { try database.rows("DELETE FROM transcript WHERE script_id = ?", [id]) }
                if !transcript.isEmpty {
                    try database.rows(
                        """
                        INSERT INTO transcript (script_id, turn, text)
                        VALUES (?1, (SELECT COALESCE(MAX(turn), 0) + 1 FROM transcript WHERE script_id = ?1), ?2)
                        """, [id, .text(transcript)])
                }
                try database.rows(
                    """
                    INSERT INTO conversation (script_id, state, updated) VALUES (?, ?, ?)
                    ON CONFLICT (script_id) DO UPDATE SET state = excluded.state, updated = excluded.updated
                    """, [id, .text(String(decoding: encoded, as: UTF8.self)), .integer(Int64(time(nil)))])
            }
            return nil
        } catch {
            return error.isDiskFull ? "the disk is full" : error.description
        }
    }

    /// Ends a script's conversation: its journal (if it has answers) is kept, and the conversation
    /// and its transcript are removed, in one transaction. Returns the journal's number (nil
    /// without one), or the reason it failed, when nothing changed.
    func finish(scriptID: String, journal: SavedJournal?) -> Result<Int64?, SQLiteDatabase.Failure> {
        let id = SQLiteDatabase.Value.text(scriptID)
        var number: Int64?
        do {
            try database.transaction { () throws(SQLiteDatabase.Failure) in
                if let journal {
                    try database.rows(
                        "INSERT INTO journal (script_id, title, finished, entries) VALUES (?, ?, ?, ?)",
                        [id, .text(journal.title), .integer(journal.finished), .text(journal.entries)])
                    number = database.lastInsertedRow
                }
                try database.rows("DELETE FROM transcript WHERE script_id = ?", [id])
                try database.rows("DELETE FROM conversation WHERE script_id = ?", [id])
            }
            return .success(number)
        } catch {
            return .failure(error)
        }
    }

    /// Closes the database (see `SQLiteDatabase.close`); the store is not used afterwards.
    func close() { database.close() }

    /// Past journals, oldest first.
    func journals() throws(SQLiteDatabase.Failure) -> [SavedJournal] {
        try database.rows("SELECT id, script_id, title, finished, entries FROM journal ORDER BY id").compactMap {
            SavedJournal(row: $0)
        }
    }

    /// Deletes one past journal; false when there is none with that number.
    func deleteJournal(number: Int64) throws(SQLiteDatabase.Failure) -> Bool {
        try database.rows("DELETE FROM journal WHERE id = ?", [.integer(number)])
        return database.changes > 0
    }

    /// Renames a saved conversation that cannot be read (its state and its transcript) to a name
    /// of its own (`ID.unreadable-SECONDS`), so that a new conversation never overwrites it.
    /// Returns where it is kept.
    func setAside(scriptID: String) -> Result<String, SQLiteDatabase.Failure> {
        let kept = "\(scriptID).unreadable-\(time(nil))-\(getpid())"
        do {
            try database.transaction { () throws(SQLiteDatabase.Failure) in
                for table in ["conversation", "transcript"] {
                    try database.rows("UPDATE \(table) SET script_id = ? WHERE script_id = ?", [.text(kept), .text(scriptID)])
                }
            }
            return .success("'\(kept)' in \(databasePath)")
        } catch {
            return .failure(error)
        }
    }

    /// Sets a saved conversation aside and says, in a sentence for the person, where it went.
    func setAsideSayingWhere(scriptID: String) -> String {
        switch setAside(scriptID: scriptID) {
        case .success(let place):
            "Nothing is deleted: it is kept as \(place)."
        case .failure(let reason):
            "It could not be moved aside (\(reason)), so it will be replaced once you answer."
        }
    }

    /// Moves a conversation saved by an older Coach (`ID.json` and `ID.transcript` in the store's
    /// folder) into the database, in one transaction, then deletes the two files. Returns the
    /// state's text, or nil when there are no such files.
    private func importLegacyFiles(scriptID: String) throws(SQLiteDatabase.Failure) -> String? {
        let legacy = LegacySessionFiles(directory: directory, scriptID: scriptID)
        guard let state = legacy.state else { return nil }
        let id = SQLiteDatabase.Value.text(scriptID)
        // NB: only into an empty place: a conversation the database already holds is newer than
        // any file an older Coach left behind, and is never replaced by it.
        guard try database.rows("SELECT 1 FROM conversation WHERE script_id = ?", [id]).isEmpty else { return nil }
        try database.transaction { () throws(SQLiteDatabase.Failure) in
            try database.rows("DELETE FROM transcript WHERE script_id = ?", [id])
            if let transcript = legacy.transcript {
                try database.rows("INSERT INTO transcript (script_id, turn, text) VALUES (?, 1, ?)", [id, .text(transcript)])
            }
            try database.rows(
                "INSERT INTO conversation (script_id, state, updated) VALUES (?, ?, ?)",
                [id, .text(state), .integer(Int64(time(nil)))])
        }
        // NB: once in the database the files are only a copy; one left behind (a folder that
        // refuses deletes) is ignored from now on, by the guard above.
        legacy.remove()
        return state
    }
}
