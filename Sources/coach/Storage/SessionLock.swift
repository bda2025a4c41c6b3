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
        take(path(in: directory, scriptID: scriptID), LOCK_EX)
    }

    /// The store-wide lock's file: every chat holds it shared while it runs, and `coach forget`
    /// holds it alone while it asks and deletes, so no chat can start saving under it.
    static func storeLockPath(in directory: String) -> String { FileSystem.join(directory, "store.lock") }

    /// A chat's share of the store-wide lock; `.held` while `coach forget` runs.
    static func shareStore(in directory: String) -> Result<SessionLock, Problem> {
        take(storeLockPath(in: directory), LOCK_SH)
    }

    /// The store-wide lock alone, for `coach forget`: `.held` while any chat runs. A missing
    /// store folder holds nothing to lock, and is not created.
    static func holdStoreAlone(in directory: String) -> Result<SessionLock?, Problem> {
        guard FileSystem.isDirectory(directory) == true else { return .success(nil) }
        return take(storeLockPath(in: directory), LOCK_EX).map { $0 }
    }

    /// - Precondition: the folder exists and was checked (`PrivateFiles.prepareDirectory`), once,
    ///   by the caller.
    private static func take(_ path: String, _ operation: Int32) -> Result<SessionLock, Problem> {
        // NB: O_NOFOLLOW: a symlink planted at the lock's name is refused, never followed.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? PrivateFiles.linkRefused(path) : String(cString: strerror(errno))
            return .failure(.unavailable(reason))
        }
        guard flock(descriptor, operation | LOCK_NB) == 0 else {
            let held = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(held ? .held : .unavailable(reason))
        }
        return .success(SessionLock(descriptor: descriptor))
    }
}
