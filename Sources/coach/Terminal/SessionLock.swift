import FoundationEssentials
import Glibc

/// One chat per saved conversation: a chat holds an advisory lock (`flock`) on `ID.lock` in
/// the sessions folder for as long as it runs, and the kernel lets it go when the process ends,
/// however it ends. A second chat on the same script, or `coach forget`, sees it held.
struct SessionLock {
    private let descriptor: Int32

    enum Problem: Error {
        /// Another process holds the lock: the conversation is open elsewhere.
        case held
        /// The lock file cannot be opened (a reason from the system).
        case unavailable(String)
    }

    static func path(in directory: String, scriptID: String) -> String {
        SessionStore(directory: directory).path(for: scriptID, extension: "lock")
    }

    /// Takes the lock for a script's conversation, without waiting.
    static func acquire(in directory: String, scriptID: String) -> Result<SessionLock, Problem> {
        guard PrivateFiles.makeDirectory(directory) else { return .failure(.unavailable("cannot create \(directory)")) }
        // NB: O_NOFOLLOW: a symlink planted at the lock's name is refused, never followed.
        let descriptor = open(path(in: directory, scriptID: scriptID), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .failure(.unavailable(String(cString: strerror(errno)))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let held = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(held ? .held : .unavailable(reason))
        }
        return .success(SessionLock(descriptor: descriptor))
    }

    /// Whether some chat holds a lock in `directory` now (for `coach forget`).
    static func anyHeld(in directory: String) -> Bool {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            // NB: no sessions folder (or none readable) holds no lock a chat could be using.
            return false
        }
        for name in names where name.hasSuffix(".lock") {
            let descriptor = open(directory + "/" + name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            if flock(descriptor, LOCK_SH | LOCK_NB) != 0, errno == EWOULDBLOCK { return true }
            flock(descriptor, LOCK_UN)
        }
        return false
    }
}
