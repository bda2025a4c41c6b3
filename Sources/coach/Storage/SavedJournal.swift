/// The answers of a finished conversation, kept after its end so the person can read them again
/// (`coach journal`) until they delete them.
struct SavedJournal: Equatable {
    /// Its number in the store, for `coach journal --show N` and `--delete N`; 0 before it is stored.
    var number: Int64 = 0
    var scriptID: String
    /// The script's title, as the person saw it.
    var title: String
    /// When the conversation ended, in seconds since 1970.
    var finished: Int64
    /// The journal as `/journal` shows it: one line per answer.
    var entries: String
}

extension SavedJournal {
    /// A row of `SELECT id, script_id, title, finished, entries`; nil for a row of another shape.
    init?(row: [SQLiteDatabase.Value]) {
        guard row.count == 5, let number = row[0].integer, let scriptID = row[1].text, let title = row[2].text,
            let finished = row[3].integer, let entries = row[4].text
        else { return nil }
        self.init(number: number, scriptID: scriptID, title: title, finished: finished, entries: entries)
    }
}
