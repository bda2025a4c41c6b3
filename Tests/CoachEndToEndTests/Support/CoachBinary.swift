import Foundation
import Testing

/// Runs the built `coach` executable as a person or a script would.
enum CoachBinary {
    /// The `coach` built beside the test bundle.
    static var url: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = products.appendingPathComponent("coach")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        // NB: swift test may run the bundle from elsewhere; fall back to the package's debug build.
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/coach")
    }

    /// The repository folder, for scripts under `Dialogue/`.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// A private state folder, so tests never touch the real one.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coach-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A wrapper that runs coach as on a disk with `kilobytes` free: a write past it fails.
    // NB: SIGXFSZ ignored, so an over-long write fails (EFBIG) instead of killing the chat.
    static func fileSizeLimit(_ kilobytes: Int) -> [String] {
        ["/bin/bash", "-c", "ulimit -f \(kilobytes); trap '' XFSZ; exec \"$0\" \"$@\""]
    }

    /// Runs coach with `arguments`, feeding `input` on standard input (a pipe, not a terminal).
    /// - Parameters:
    ///   - wrapper: a program and its arguments that run coach (such as strace), if any.
    ///   - overrides: environment variables to set, or to remove where the value is nil.
    ///   - directory: the folder coach starts in, if not this process's.
    static func run(
        _ arguments: [String], input: Data = Data(), state: URL? = nil, columns: Int = 10_000, under wrapper: [String] = [],
        environment overrides: [String: String?] = [:], in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        if let program = wrapper.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = wrapper.dropFirst() + [url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = try (state ?? temporaryFolder()).path
        environment["NO_COLOR"] = "1"
        // NB: by default wide enough that no message wraps, so tests can look for whole sentences.
        environment["COLUMNS"] = String(columns)
        for (name, value) in overrides { environment[name] = value }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // NB: write and read on separate threads so a large input or output cannot deadlock.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    static func run(_ arguments: [String], lines: [String], state: URL? = nil, under wrapper: [String] = []) throws -> Result {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), state: state, under: wrapper)
    }
}
