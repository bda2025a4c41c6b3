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

    /// Creates an empty file readable by its owner only, if it does not exist.
    @discardableResult
    static func create(_ path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }
}
