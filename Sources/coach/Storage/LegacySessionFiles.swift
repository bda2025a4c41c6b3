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

    /// The file's text when it is a plain file of this user's; nil when there is none, and for
    /// a link, a device or someone else's file planted at its name, which are never read.
    private func read(_ file: String) -> String? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0, information.st_mode & S_IFMT == S_IFREG,
            information.st_uid == geteuid()
        else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            // NB: a file that cannot be read to its end is not imported half, and is left as it is.
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
