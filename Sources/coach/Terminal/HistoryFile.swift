import CoachKit
import FoundationEssentials
import Glibc

/// The line history file, kept as a `HistoryMode` allows: what each typed line leaves in it,
/// and the file itself (0600, under the state folder). Readline reads it; this type writes it.
struct HistoryFile {
    let path: String
    /// `.all` or `.commands`; with `.noFile` there is no history file to have.
    let mode: HistoryMode
    /// The slash commands the chat knows, lowercase; nothing else counts as a command.
    let commands: Set<String>

    /// What `line` leaves in the file, or nil for nothing. A command is kept by its name alone,
    /// since what follows it can be private too (`/save ~/what-he-did.txt`).
    ///
    ///     entry(for: "/Save notes.txt")  // "/save" under .commands
    ///     entry(for: "he lied to me")    // nil under .commands
    func entry(for line: String) -> String? {
        switch mode {
        case .all:
            return line
        case .commands:
            // NB: read as the chat reads it, so "/save\tnotes.txt" keeps "/save" and not the file.
            guard let name = SlashCommand(parsing: line)?.name else { return nil }
            return commands.contains(name) ? name : nil
        case .noFile:
            return nil
        }
    }

    /// Adds a line's entry to the end of the file. Returns false when nothing was written.
    // NB: best effort, as readline's own history writing is: the chat must go on regardless.
    func append(_ line: String) -> Bool {
        guard let entry = entry(for: line) else { return false }
        // NB: O_NOFOLLOW: a link planted at the history's name is refused, never written through.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array((entry + "\n").utf8)
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Why the history file could not be made to fit the mode.
    struct Problem: Error, Equatable {
        let message: String
    }

    /// The history file for a chat in `mode`, made to fit it first: under `.commands` the lines
    /// that are not commands are removed (a file from an older Coach, or from an `.all` chat, may
    /// hold answers); under `.noFile` the file is deleted.
    /// - Returns: the file, nil under `.noFile` or when there is no state folder; a problem when the
    ///   file on disk could not be brought in line (then this chat keeps no history file).
    static func prepare(mode: HistoryMode, commands: [String]) -> Result<HistoryFile?, Problem> {
        if mode == .noFile {
            guard let location = PrivateFiles.historyLocation else { return .success(nil) }
            if unlink(location) == 0 || errno == ENOENT { return .success(nil) }
            return .failure(Problem(message: "cannot delete the history file \(location) (\(String(cString: strerror(errno))))"))
        }
        guard let path = PrivateFiles.historyPath else { return .success(nil) }
        let file = HistoryFile(path: path, mode: mode, commands: Set(commands.map { $0.lowercased() }))
        if let problem = tightenIfPresent(path) { return .failure(problem) }
        if mode == .commands, let problem = file.removeAllButCommands() { return .failure(problem) }
        return .success(file)
    }

    /// Makes a history file that is there private (0600) without following a link: a link, a
    /// folder or a device planted at its name is refused, since reading it would show another
    /// file's lines at the up arrow and changing its mode would change another file's.
    /// Nil when there is no file yet (`append` creates it 0600) or it is ready.
    private static func tightenIfPresent(_ path: String) -> Problem? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            let reason = errno == ELOOP ? "it is a link" : String(cString: strerror(errno))
            return Problem(message: "the history file \(path) cannot be used (\(reason))")
        }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0, (information.st_mode & S_IFMT) == S_IFREG else {
            return Problem(message: "the history file \(path) cannot be used (it is not a plain file)")
        }
        // NB: a file copied in or made by hand would keep its own mode otherwise.
        if information.st_mode & 0o077 != 0, fchmod(descriptor, 0o600) != 0 {
            return Problem(message: "the history file \(path) cannot be made private (\(String(cString: strerror(errno))))")
        }
        return nil
    }

    /// Rewrites the file with only its commands' entries, atomically; nil when done or not needed.
    private func removeAllButCommands() -> Problem? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let kept = lines.compactMap(entry(for:))
        guard kept != lines else { return nil }
        // NB: AtomicFile writes all of it (a short write is continued), syncs it and renames
        // it over the old file, so a kill or a full disk leaves the old history whole.
        let text = kept.map { $0 + "\n" }.joined()
        if case .failure(let failure) = AtomicFile.write(text, to: path, mode: 0o600, replacing: true) {
            return Problem(
                message:
                    "the history file \(path) holds typed lines and could not be rewritten without them (\(failure.description))")
        }
        return nil
    }
}
