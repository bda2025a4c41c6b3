import Foundation

/// What a test needs to look at, or do to, a file without following a link at its name.
enum FileSystemProbe {
    static func path(_ folder: URL, _ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The permission bits, or nil when nothing is there.
    static func mode(_ path: String) -> mode_t? {
        var information = stat()
        return lstat(path, &information) == 0 ? information.st_mode & 0o7777 : nil
    }

    /// The file type bits (`S_IFREG`, `S_IFLNK`, …), or nil when nothing is there.
    static func kind(_ path: String) -> mode_t? {
        var information = stat()
        return lstat(path, &information) == 0 ? information.st_mode & S_IFMT : nil
    }

    /// Sets the file's (or the link's own) times `seconds` into the past.
    static func age(_ path: String, seconds: Int) throws {
        let then = timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)
        let times = [then, then]
        guard utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
