import FoundationEssentials
import Glibc

/// A conversation saved by a Coach from before the database: `ID.json` (the state) and
/// `ID.transcript` beside it in the sessions folder. Read once, to move it into the database.
struct LegacySessionFiles {
    let directory: String
    let scriptID: String

    private func path(_ suffix: String) -> String {
        FileSystem.join(directory, SessionStore.fileName(for: scriptID, extension: suffix))
    }

    /// The saved state's text, or nil when there is no such file.
    var state: String? { read(path("json")) }
    var transcript: String? { read(path("transcript")) }

    /// Deletes both files, once their contents are in the database.
    func remove() {
        unlink(path("json"))
        unlink(path("transcript"))
    }

    private func read(_ file: String) -> String? {
        FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
    }
}
