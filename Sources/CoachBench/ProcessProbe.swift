import Foundation

/// Runs `coach` (or this benchmark) as a child process, to time it whole or read its peak memory.
/// It spawns with posix_spawn and reaps the child itself, so no other code can reap it first.
enum ProcessProbe {
    /// A spawned child: its pid, the write end of its standard input, and the read end of its
    /// standard output (-1 when that goes to /dev/null).
    private struct Child {
        var pid: pid_t
        var input: Int32
        var output: Int32
    }

    private static func spawn(_ executable: String, _ arguments: [String], readOutput: Bool, state: String? = nil) -> Child? {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [-1, -1]
        guard Glibc.pipe(&stdinPipe) == 0, !readOutput || Glibc.pipe(&stdoutPipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_addclose(&actions, stdinPipe[1])
        if readOutput {
            posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, stdoutPipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state ?? NSTemporaryDirectory() + "coach-bench-state"
        environment["COLUMNS"] = "100000"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
        close(stdinPipe[0])
        if readOutput { close(stdoutPipe[1]) }
        return Child(pid: pid, input: stdinPipe[1], output: stdoutPipe[0])
    }

    private static func send(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + sent }, $0.count - sent) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            sent += count
        }
    }

    private static func reap(_ pid: pid_t) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// Wall time, in seconds, of a whole run fed `input` on standard input.
    static func seconds(_ executable: String, _ arguments: [String], input: String = "") -> Double? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let child = spawn(executable, arguments, readOutput: false) else { return nil }
        send(input, to: child.input)
        close(child.input)
        reap(child.pid)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The peak memory (VmHWM) of a child, read from /proc while it waits for more input after
    /// printing `marker`.
    // NB: the kernel's ru_maxrss cannot be used for children of a large process: posix_spawn
    // shares the parent's memory until exec, and the child inherits the parent's high-water mark.
    /// - Parameters:
    ///   - state: the state folder the child keeps its conversation in, if not the benchmark's.
    ///   - seconds: how long to wait for the marker.
    static func peakMemory(
        _ executable: String, _ arguments: [String], input: String, marker: String, state: String? = nil,
        waiting seconds: Double = 10
    ) -> Double? {
        guard let child = spawn(executable, arguments, readOutput: true, state: state) else { return nil }
        // NB: written from another thread: a long input fills the pipe while the child's
        // output fills the other one, and each side would wait for the other.
        let written = DispatchSemaphore(value: 0)
        let writer = Thread {
            send(input, to: child.input)
            close(child.input)
            written.signal()
        }
        writer.start()
        // NB: only the newest output is searched, so a long chat's output is not scanned again
        // at every read.
        var recent = ""
        var found = false
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        while !found, DispatchTime.now().uptimeNanoseconds < deadline {
            let count = read(child.output, &buffer, buffer.count)
            if count <= 0 { break }
            recent = String(recent.suffix(marker.count)) + String(decoding: buffer[0..<count], as: UTF8.self)
            found = recent.contains(marker)
        }
        let status = (try? String(contentsOfFile: "/proc/\(child.pid)/status", encoding: .utf8)) ?? ""
        // NB: a child that never said the marker is stopped, so the writer's blocked write fails.
        if !found { kill(child.pid, SIGKILL) }
        written.wait()
        while read(child.output, &buffer, buffer.count) > 0 {}
        close(child.output)
        reap(child.pid)
        guard found,
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1_024
    }
}
