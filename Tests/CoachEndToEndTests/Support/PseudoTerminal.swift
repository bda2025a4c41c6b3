import Foundation
import Testing

/// Runs coach on a pseudo-terminal, as a person at a terminal would: it becomes the controlling
/// terminal of a new session, so Ctrl-C reaches the process as SIGINT.
final class PseudoTerminal {
    private var master: Int32 = -1
    private(set) var pid: pid_t = 0
    private(set) var screen = ""

    /// - Parameter environment: variables to set on top of the test's own, which never pass on a
    ///   `COACH_HISTORY` of their own.
    init(arguments: [String], state: URL, environment extra: [String: String] = [:]) throws {
        var slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 128)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw POSIXError(.ENOTTY) }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        close(slave)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the new session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A clean signal mask and default handlers, whatever the test runner's threads block;
        // NB: glibc's POSIX_SPAWN_SETSID (0x80) is not imported into Swift.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | 0x80)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        environment["XDG_STATE_HOME"] = state.path
        environment["INPUTRC"] = "/dev/null"
        environment["COACH_HISTORY"] = nil
        environment.merge(extra) { _, new in new }
        let argv = ([CoachBinary.url.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let status = posix_spawn(&pid, CoachBinary.url.path, &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    }

    deinit {
        if pid > 0 { kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }
        close(master)
    }

    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Where (in UTF-8 bytes of `screen`) the text last waited for ended.
    private var matchedUpTo = 0

    /// Reads the screen until `text` appears after the text waited for before, or `seconds` pass.
    // NB: searching from the end of the last match, as expect does, not from the end of what
    // had been read: two lines that arrive in one chunk are both found, so a slow machine that
    // writes a reply in one piece does not fail the test.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        func found() -> Bool {
            let unread = Substring(screen.utf8.dropFirst(matchedUpTo))
            guard let range = unread.range(of: text) else { return false }
            matchedUpTo += unread.utf8.distance(from: unread.startIndex, to: range.upperBound)
            return true
        }
        while Date() < deadline {
            if found() { return true }
            guard let chunk = ChunkReader.read(master, waiting: 100) else { break }
            screen += chunk
        }
        if found() { return true }
        Issue.record("'\(text)' never appeared; the screen ends with:\n\(screen.suffix(600))", sourceLocation: sourceLocation)
        return false
    }

    /// Waits for the process to end and returns its exit status, or nil if it is still running.
    func exitStatus(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = 0
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
            screen += ChunkReader.read(master, waiting: 50) ?? ""
        }
        return nil
    }
}
