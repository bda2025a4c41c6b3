import FoundationEssentials
import Glibc

/// Where Coach keeps what it stores about a person, and how: folders 0700, files 0600, under
/// `$XDG_STATE_HOME/coach` (else `~/.local/state/coach`). Nothing leaves the machine.
enum PrivateFiles {
    static var stateDirectory: String? {
        if let state = Environment.value(of: "XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/coach" }
        guard let home = Environment.value(of: "HOME"), !home.isEmpty else { return nil }
        return home + "/.local/state/coach"
    }

    /// Where the readline history file is, whether or not it exists; nil when there is no state folder.
    static var historyLocation: String? { stateDirectory.map { $0 + "/history" } }

    /// The readline history file's path, after making its folder; nil when there is nowhere to keep it.
    static var historyPath: String? {
        guard let directory = stateDirectory, makeDirectory(directory) else { return nil }
        return directory + "/history"
    }

    /// What Coach has stored in its state folder, by name: the history file and the folders
    /// of saved conversations and transcripts.
    static func storedItems(in folder: String) -> [String] {
        ["history", "sessions", "transcripts"].filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }
    }

    @discardableResult
    static func makeDirectory(_ path: String) -> Bool {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            return false
        }
    }
}
