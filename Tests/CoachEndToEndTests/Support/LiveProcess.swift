import Foundation
import Testing

/// Runs coach with its standard input left open, so a test can answer one line at a time,
/// wait for the coach's reply, and kill the process between turns as a crash would.
final class LiveProcess {
    private(set) var pid: pid_t = 0
    private var input: Int32 = -1
    private var output: Int32 = -1
    private(set) var text = ""

    init(arguments: [String], state: URL) throws {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, stdinPipe[1])
        posix_spawn_file_actions_addclose(&actions, stdoutPipe[0])
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "10000"
        let argv = ([CoachBinary.url.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // NB: a spawned child inherits the spawning thread's signal mask, and the test runner's
        // threads block SIGTERM and SIGHUP: without this, those signals would wait forever.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let status = posix_spawn(&pid, CoachBinary.url.path, &actions, &attributes, argv, envp)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        input = stdinPipe[1]
        output = stdoutPipe[0]
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    }

    deinit {
        if pid > 0 { Glibc.kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }
        close(input)
        close(output)
    }

    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    }

    @discardableResult
    func waitFor(_ needle: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !text.contains(needle) {
            guard let chunk = ChunkReader.read(output, waiting: 100) else { break }
            text += chunk
        }
        if text.contains(needle) { return true }
        Issue.record("'\(needle)' never appeared; output ends with:\n\(text.suffix(500))", sourceLocation: sourceLocation)
        return false
    }

    /// Reads what is left of the output until the process has closed it (after it ended).
    func drain(seconds: Double = 10) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, let chunk = ChunkReader.read(output, waiting: 100) { text += chunk }
    }

    /// Ends the process with a signal and returns how it ended.
    func end(with signal: Int32) -> Int32 {
        Glibc.kill(pid, signal)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pid = 0
        return status
    }
}
