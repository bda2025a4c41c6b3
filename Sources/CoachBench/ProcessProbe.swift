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

extension ProcessProbe {
    /// The peak memory (VmHWM) of a child, read from /proc while it waits for more input after
    /// printing `marker`.
    // NB: the kernel's ru_maxrss cannot be used for children of a large process: posix_spawn
    // shares the parent's memory until exec, and the child inherits the parent's high-water mark.
    static func peakMemory(_ executable: String, _ arguments: [String], input: String, marker: String) -> Double? {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0]
        guard Glibc.pipe(&stdinPipe) == 0, Glibc.pipe(&stdoutPipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, stdinPipe[1])
        posix_spawn_file_actions_addclose(&actions, stdoutPipe[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = NSTemporaryDirectory() + "coach-bench-state"
        environment["COLUMNS"] = "100000"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
        close(stdinPipe[0])
        close(stdoutPipe[1])
        let bytes = Array(input.utf8)
        _ = bytes.withUnsafeBytes { write(stdinPipe[1], $0.baseAddress, $0.count) }
        var output = ""
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = DispatchTime.now().uptimeNanoseconds + 10_000_000_000
        while !output.contains(marker), DispatchTime.now().uptimeNanoseconds < deadline {
            let count = read(stdoutPipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        close(stdinPipe[1])
        while read(stdoutPipe[0], &buffer, buffer.count) > 0 {}
        close(stdoutPipe[0])
        var exitStatus: Int32 = 0
        waitpid(pid, &exitStatus, 0)
        guard output.contains(marker),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1_024
    }
}
