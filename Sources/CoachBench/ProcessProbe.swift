import Foundation

/// Runs a child process and reports its wall time and peak memory (the kernel's ru_maxrss).
/// It spawns with posix_spawn and reaps with wait4 itself, so no other code can reap the child
/// first and lose its resource usage.
enum ProcessProbe {
    struct Run {
        var seconds: Double
        var peakKilobytes: Int
        var status: Int32
    }

    static func run(_ executable: String, _ arguments: [String], input: String = "") -> Run? {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = NSTemporaryDirectory() + "coach-bench-state"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
        close(pipe[0])
        let bytes = Array(input.utf8)
        _ = bytes.withUnsafeBytes { write(pipe[1], $0.baseAddress, $0.count) }
        close(pipe[1])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let end = DispatchTime.now().uptimeNanoseconds
        return Run(seconds: Double(end - start) / 1e9, peakKilobytes: Int(usage.ru_maxrss), status: status)
    }
}
