@preconcurrency import CReadline
import FoundationEssentials
import Glibc

/// GNU readline at a terminal: line editing, up-arrow history (this chat's lines, and what the
/// history file keeps from earlier chats), and tab completion of slash commands. The only file
/// that imports CReadline.
///
/// Ctrl-C is caught here rather than by readline: it clears the line being typed, and on an
/// empty line it quits.
final class ReadlineLineReader: LineReader {
    var isInteractive: Bool { true }
    private let history: HistoryFile?
    private static let historyLimit: Int32 = 500

    /// - Parameter history: the file to read earlier chats' lines from and to add to, already
    ///   made to fit its mode; nil for none.
    init(history: HistoryFile?, completions: [String]) {
        self.history = history
        ReadlineLineReader.completions = completions
        rl_readline_name = UnsafePointer(strdup("coach"))
        // NB: readline's own SIGINT handler would re-raise the signal and kill us; ours only
        // marks it, and the getc function below turns it into a cleared line.
        rl_catch_signals = 0
        installInterruptHandler()
        installTerminationHandlers()
        rl_getc_function = { stream in ReadlineLineReader.readCharacter(stream) }
        rl_attempted_completion_function = { text, start, _ in
            guard start == 0, let text else { return nil }
            rl_attempted_completion_over = 1
            return rl_completion_matches(text) { prefix, state in ReadlineLineReader.complete(prefix, state) }
        }
        // NB: readline highlights a pasted text and redraws it plain when the line is accepted;
        // with a line break in the paste its redraw lands beside the first line and shows it
        // twice. Without the highlight a paste is drawn once. rl_initialize reads the person's
        // inputrc first, so this is set after anything it says.
        rl_initialize()
        rl_variable_bind("enable-active-region", "off")
        using_history()
        stifle_history(ReadlineLineReader.historyLimit)
        if let history { read_history(history.path) }
    }

    func readLine(prompt: String) -> LineInput {
        ReadlineLineReader.interrupted = 0
        ReadlineLineReader.lineHadText = false
        guard let pointer = readline(prompt) else { return .endOfInput }
        defer { free(pointer) }
        if ReadlineLineReader.interrupted != 0 {
            return .interrupted(hadText: ReadlineLineReader.lineHadText)
        }
        return .line(String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self))
    }

    func remember(_ line: String) {
        guard !line.trimmingWhitespace().isEmpty else { return }
        // Every line in memory, so the up arrow recalls this chat's own; the file gets only what
        // its mode keeps, which is why it is written here and not with readline's write_history.
        add_history(line)
        guard let history, history.append(line) else { return }
        history_truncate_file(history.path, ReadlineLineReader.historyLimit)
    }

    // MARK: C callbacks (no captures allowed, so the state they share is static)

    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) private static var lineHadText = false
    nonisolated(unsafe) private static var completions: [String] = []

    private func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ReadlineLineReader.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the blocked read must return EINTR
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; Ctrl-C must still reach us.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    nonisolated(unsafe) private static var savedTerminal = termios()

    /// SIGTERM and SIGHUP (a closed window) end the chat at once. The conversation was saved
    /// after the last turn already; what is left is to give the terminal back as it was found.
    private func installTerminationHandlers() {
        tcgetattr(STDIN_FILENO, &ReadlineLineReader.savedTerminal)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            // NB: only async-signal-safe calls here: tcsetattr, write and _exit.
            tcsetattr(STDIN_FILENO, TCSANOW, &ReadlineLineReader.savedTerminal)
            let newline: [UInt8] = [0x0A]
            _ = newline.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, 1) }
            _exit(128 + signal)
        }
        sigemptyset(&action.sa_mask)
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGHUP, &action, nil)
    }

    private static func readCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
        let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
        var byte: UInt8 = 0
        while true {
            // NB: Ctrl-C can land between two reads, not only during one; polling with a short
            // timeout sees the flag either way, where a bare blocking read could miss it.
            if interrupted != 0 {
                lineHadText = rl_end > 0
                rl_replace_line("", 0)
                // Ending the line makes readline return, with the emptied text.
                return Int32(UInt8(ascii: "\n"))
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let count = read(descriptor, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count == 0 { return EOF }
            if errno != EINTR { return EOF }
        }
    }

    private static func complete(_ prefix: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
        guard let prefix else { return nil }
        let typed = String(cString: prefix)
        let matches = completions.filter { $0.hasPrefix(typed) }
        guard Int(state) < matches.count else { return nil }
        return strdup(matches[Int(state)])
    }
}
