import Glibc

/// Waits until a script under some paths changes, by polling modification times.
// NB: polling rather than inotify: a handful of files, checked a few times a second, costs
// nothing, and editors that save by renaming a new file over the old one need no special case.
struct FileWatch {
    let paths: [String]
    private var last: [String: timespec] = [:]

    init(paths: [String]) {
        self.paths = paths
        last = stamps()
    }

    /// Returns once a file was changed, added or removed since the last call (or creation).
    mutating func waitForChange() {
        while true {
            usleep(300_000)
            let now = stamps()
            let changed =
                now.count != last.count
                || now.contains { path, stamp in
                    guard let before = last[path] else { return true }
                    return before.tv_sec != stamp.tv_sec || before.tv_nsec != stamp.tv_nsec
                }
            if changed {
                last = now
                return
            }
        }
    }

    private func stamps() -> [String: timespec] {
        var stamps: [String: timespec] = [:]
        for case .success(let entry) in ScriptPaths.expand(paths) {
            var info = stat()
            if stat(entry.path, &info) == 0 { stamps[entry.path] = info.st_mtim }
        }
        return stamps
    }
}
