import FoundationEssentials
import Glibc

/// One chat per saved conversation: a chat holds an advisory lock (`flock`) on `ID.lock` in
/// the sessions folder for as long as it runs, and the kernel lets it go when the process ends,
/// however it ends. A second chat on the same script, or `coach forget`, sees it held.
// NB: the descriptor is never closed: a lock taken is held until the process ends, which is
// what both the chat and `coach forget` need.
struct SessionLock {
    private let descriptor: Int32

    enum Problem: Error {
        /// Another process holds the lock: the conversation is open elsewhere.
        case held
        /// The lock file cannot be opened (a reason from the system).
        case unavailable(String)
    }

    static func path(in directory: String, scriptID: String) -> String {
        FileSystem.join(directory, SessionStore.fileName(for: scriptID, extension: "lock"))
    }

    /// Takes the lock for a script's conversation, without waiting.
    static func acquire(in directory: String, scriptID: String) -> Result<SessionLock, Problem> {
        if let problem = PrivateFiles.prepareDirectory(directory) { return .failure(.unavailable(problem)) }
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

    /// Every conversation's lock in `directory`, taken until the process ends, or nil
    /// when a chat holds one now: `coach forget` deletes nothing under a running chat, and no
    /// chat can start saving while it deletes.
    static func takeAll(in directory: String) -> [SessionLock]? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            // NB: no sessions folder (or none readable) holds no lock a chat could be using.
            return []
        }
        var taken: [SessionLock] = []
        for name in names.sorted() where name.hasSuffix(".lock") {
            let descriptor = open(directory + "/" + name, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                return nil
            }
            taken.append(SessionLock(descriptor: descriptor))
        }
        return taken
    }
}
