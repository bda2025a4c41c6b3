import FoundationEssentials
import Glibc

/// Where Coach keeps what it stores about a person, and how: folders 0700, files 0600, under
/// `$XDG_STATE_HOME/coach` (else `~/.local/state/coach`). Nothing leaves the machine.
enum PrivateFiles {
    static var stateDirectory: String? {
        if let state = Environment.value(of: "XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/coach" }
        // NB: a relative HOME would put the state wherever the chat happens to start.
        guard let home = Environment.value(of: "HOME"), home.hasPrefix("/") else { return nil }
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
    static func makeDirectory(_ path: String) -> Bool { prepareDirectory(path) == nil }

    /// Makes a private folder (0700), or checks one that is there: it must be a real folder (not
    /// a link to one) owned by this user; a loose mode on it is tightened. Returns the problem, or
    /// nil when the folder is ready. Inside the state folder, the state folder is checked too,
    /// so that no one else can swap what lies below it.
    static func prepareDirectory(_ path: String) -> String? {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return "cannot create \(path)"
        }
        var folders = [path]
        if let state = stateDirectory, path.hasPrefix(state + "/") { folders.insert(state, at: 0) }
        for folder in folders {
            if let problem = checkOwned(folder, kind: S_IFDIR, mode: 0o700) { return problem }
        }
        return nil
    }

    /// Makes an empty private file (0600) that no link can redirect, or checks one that is there:
    /// a regular file owned by this user, its mode tightened to 0600. Returns the problem, or nil.
    static func prepareOwnFile(_ path: String) -> String? {
        let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if created >= 0 {
            close(created)
            return nil
        }
        guard errno == EEXIST else { return "cannot create \(path) (\(String(cString: strerror(errno))))" }
        return checkOwned(path, kind: S_IFREG, mode: 0o600)
    }

    /// Checks a file that SQLite makes beside the store (its `-wal` and `-shm`) before SQLite
    /// opens it: when it is there, it must be a regular file owned by this user, as the store is.
    /// Returns the problem, or nil when it is missing or fine.
    static func checkOwnFileIfPresent(_ path: String) -> String? {
        var information = stat()
        guard lstat(path, &information) == 0 else {
            return errno == ENOENT ? nil : "cannot read \(path) (\(String(cString: strerror(errno))))"
        }
        return checkOwned(path, kind: S_IFREG, mode: 0o600)
    }

    /// Why a symbolic link found where Coach keeps a private file is refused.
    static func linkRefused(_ path: String, what: String = "a file") -> String {
        "\(path) is a symbolic link, and Coach keeps private things only in \(what) of its own"
    }

    /// Checks that `path` itself (not what a link points to) is of `kind` and owned by this user,
    /// and sets its permissions to `mode` when others could read or write it.
    private static func checkOwned(_ path: String, kind: mode_t, mode: mode_t) -> String? {
        var information = stat()
        guard lstat(path, &information) == 0 else { return "cannot read \(path) (\(String(cString: strerror(errno))))" }
        let what = kind == S_IFDIR ? "a folder" : "a file"
        guard information.st_mode & S_IFMT == kind else {
            return (information.st_mode & S_IFMT) == S_IFLNK ? linkRefused(path, what: what) : "\(path) is not \(what)"
        }
        guard information.st_uid == geteuid() else {
            return "\(path) belongs to another user, so Coach will not keep private things there"
        }
        if information.st_mode & 0o077 != 0, chmod(path, mode) != 0 {
            return "cannot make \(path) private (\(String(cString: strerror(errno))))"
        }
        return nil
    }
}
