import CoachKit
import FoundationEssentials
import Glibc

/// Keeps the conversation in progress on disk, per script: its state, rewritten atomically after
/// every turn (a temporary file, then rename), and its transcript, appended to first; so no
/// crash or kill loses what was said.
struct SessionStore {
    let directory: String

    /// The store under the state folder, or nil when there is none.
    static var standard: SessionStore? {
        guard let state = PrivateFiles.stateDirectory else { return nil }
        return SessionStore(directory: state + "/sessions")
    }

    func path(for scriptID: String, extension suffix: String = "json") -> String {
        let safe = String(scriptID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return "\(directory)/\(safe).\(suffix)"
    }

    /// The transcript of the saved conversation, if there is one.
    func transcript(scriptID: String) -> String? {
        FileManager.default.contents(atPath: path(for: scriptID, extension: "transcript")).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Appends to the session's transcript; `fresh` starts it anew. Returns a reason on failure.
    func appendTranscript(_ text: String, scriptID: String, fresh: Bool) -> String? {
        guard PrivateFiles.makeDirectory(directory) else { return "cannot create \(directory)" }
        let file = path(for: scriptID, extension: "transcript")
        let descriptor = open(file, O_WRONLY | O_CREAT | O_CLOEXEC | (fresh ? O_TRUNC : O_APPEND), 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return written == bytes.count ? nil : "the disk may be full"
    }

    enum LoadError: Error {
        case none
        case unreadable(String)
    }

    func load(scriptID: String) -> Result<SavedSession, LoadError> {
        let file = path(for: scriptID)
        guard let data = FileManager.default.contents(atPath: file) else { return .failure(.none) }
        do {
            return .success(try JSONDecoder().decode(SavedSession.self, from: data))
        } catch {
            return .failure(.unreadable("the saved conversation in \(file) cannot be read (\(error))"))
        }
    }

    /// Writes the session atomically; returns a reason on failure.
    func save(_ session: SavedSession) -> String? {
        guard PrivateFiles.makeDirectory(directory) else { return "cannot create \(directory)" }
        let file = path(for: session.scriptID)
        let temporary = "\(file).tmp-\(getpid())"
        do {
            let data = try JSONEncoder().encode(session)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return String(cString: strerror(errno)) }
            let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            // NB: no fsync: the kernel keeps written data through a killed or crashed process, and
            // the rename makes the switch atomic; waiting for the disk each turn made long pastes crawl.
            close(descriptor)
            guard written == data.count else { unlink(temporary); return "the disk may be full" }
            guard rename(temporary, file) == 0 else { unlink(temporary); return String(cString: strerror(errno)) }
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Renames a saved conversation that cannot be read, both its files, to a name of its own
    /// (`ID.unreadable-SECONDS.json`), so that a new conversation never overwrites it. Returns the
    /// new paths.
    func setAside(scriptID: String) -> Result<[String], SetAsideError> {
        let stamp = "unreadable-\(time(nil))"
        var moved: [String] = []
        for suffix in ["json", "transcript"] {
            let file = path(for: scriptID, extension: suffix)
            guard access(file, F_OK) == 0 else { continue }
            let kept = path(for: scriptID, extension: "\(stamp).\(suffix)")
            guard rename(file, kept) == 0 else { return .failure(SetAsideError(reason: String(cString: strerror(errno)))) }
            moved.append(kept)
        }
        return .success(moved)
    }

    /// Sets a saved conversation aside and says, in a sentence for the person, where it went.
    func setAsideSayingWhere(scriptID: String) -> String {
        switch setAside(scriptID: scriptID) {
        case .success(let paths):
            "Nothing is deleted: it is kept as \(paths.joined(separator: " and "))."
        case .failure(let reason):
            "It could not be moved aside (\(reason)), so it will be replaced once you answer."
        }
    }

    struct SetAsideError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    func remove(scriptID: String) {
        unlink(path(for: scriptID))
        unlink(path(for: scriptID, extension: "transcript"))
    }
}
