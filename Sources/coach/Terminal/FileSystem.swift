import FoundationEssentials
import Glibc

/// The few file and stream operations the executable needs, on FoundationEssentials and the C
/// library rather than the whole of Foundation, which alone would put a chat above 20 MB.
enum FileSystem {
    /// Whether a path is a folder; nil when nothing is there.
    static func isDirectory(_ path: String) -> Bool? {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        return (information.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a file in bytes; nil when it cannot be read.
    static func size(_ path: String) -> Int? {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        return Int(information.st_size)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// "~/x" as the home folder's "x".
    static func expandingTilde(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = Environment.value(of: "HOME") else { return path }
        return join(home, String(path.dropFirst(2)))
    }

    /// The local time as "2026-11-25-213400", for file names.
    static func timestamp() -> String { localTime("%Y-%m-%d-%H%M%S") }

    /// A moment (now unless given) in local time, in a `strftime` format.
    static func localTime(_ format: String, at seconds: time_t = time(nil)) -> String {
        var moment = seconds
        var parts = tm()
        localtime_r(&moment, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes all of `text` to a file descriptor, unbuffered. Returns false when it could not
    /// (errno says why).
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
