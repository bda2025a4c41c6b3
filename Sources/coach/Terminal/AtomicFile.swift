import FoundationEssentials
import Glibc

/// Writes a whole file or nothing: the text goes to a new temporary file beside it (created
/// 0600, refusing any link), is synced to the disk, and is renamed over the target. A kill or a
/// full disk leaves the old file as it was, and a link at the target is replaced, never
/// written through. The temporary file a kill leaves behind is removed by a later write of the
/// same name.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// The file was there, and was not to be replaced.
        var exists = false
    }

    /// Writes `text` to `path` with permissions `mode`.
    /// - Parameter replacing: whether an existing file may be replaced; when false, an existing
    ///   file is an error and is left untouched.
    static func write(_ text: String, to path: String, mode: mode_t = 0o600, replacing: Bool) -> Result<Void, Failure> {
        var existing = stat()
        if lstat(path, &existing) == 0 {
            guard replacing else { return .failure(Failure(description: "'\(path)' already exists", exists: true)) }
            // NB: only a file (or a link, which is replaced) is replaced: never a device or a folder.
            let kind = existing.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFLNK else {
                return .failure(Failure(description: "'\(path)' is not a regular file, so it is not replaced"))
            }
        }
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary: String
        let descriptor: Int32
        switch createTemporary(beside: name, in: folder, mode: mode) {
        case .success(let created): (temporary, descriptor) = created
        case .failure(let failure):
            return .failure(Failure(description: "cannot create a temporary file beside '\(path)': \(failure)"))
        }
        let written = FileSystem.write(text, to: descriptor)
        // NB: fchmod, as the umask may have narrowed or the caller asked for a wider mode.
        let synced = written && fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        let problem = synced ? nil : reason()
        close(descriptor)
        if let problem {
            unlink(temporary)
            return .failure(Failure(description: "writing '\(path)' failed: \(problem)"))
        }
        guard replacing || link(temporary, path) == 0 else {
            // NB: link(2) fails if the name was taken meanwhile, so "never replace" holds even
            // against a file created between the check above and now.
            let exists = errno == EEXIST
            let problem = exists ? "it already exists" : reason()
            unlink(temporary)
            return .failure(Failure(description: "cannot create '\(path)': \(problem)", exists: exists))
        }
        if replacing {
            guard rename(temporary, path) == 0 else {
                let problem = reason()
                unlink(temporary)
                return .failure(Failure(description: "cannot replace '\(path)': \(problem)"))
            }
        } else {
            unlink(temporary)
        }
        syncFolder(folder.isEmpty ? "/" : folder)
        removeLeftovers(beside: name, in: folder.isEmpty ? "/" : folder)
        return .success(())
    }

    /// How old a temporary file must be before it counts as left by a killed write: far longer
    /// than any write takes, so another chat's write in progress is never taken from it.
    private static let leftoverAge: time_t = 60

    /// Deletes the temporary files an earlier write of the same name left when it was killed
    /// between creating and renaming one (each holds a private copy of a conversation). Only
    /// this user's own regular files with this name's prefix are touched, never a link.
    private static func removeLeftovers(beside name: String, in folder: String) {
        // NB: best effort, after the write succeeded: a folder that cannot be listed keeps its
        // leftovers, and the save is still reported as done.
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name).tmp-"
        let now = time(nil)
        for entryName in names where entryName.hasPrefix(prefix) {
            let path = FileSystem.join(folder, entryName)
            var information = stat()
            guard lstat(path, &information) == 0, information.st_mode & S_IFMT == S_IFREG,
                information.st_uid == geteuid(), now - information.st_mtim.tv_sec > leftoverAge
            else { continue }
            unlink(path)
        }
    }

    /// A new temporary file in `folder`, named after `name` with a random suffix: a name left
    /// by a killed write (or planted) is never reused or followed, only stepped around.
    private static func createTemporary(beside name: String, in folder: String, mode: mode_t) -> Result<(String, Int32), Failure>
    {
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: UInt64.min...UInt64.max), radix: 36)
            let temporary = FileSystem.join(folder.isEmpty ? "/" : folder, ".\(name).tmp-\(suffix)")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return .success((temporary, descriptor)) }
            guard errno == EEXIST else { break }
        }
        return .failure(Failure(description: reason()))
    }

    /// Syncs a folder, so the rename that put a file in it survives a power cut.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        // NB: best effort: the file itself is synced; some file systems refuse to sync a folder.
        fsync(descriptor)
        close(descriptor)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
