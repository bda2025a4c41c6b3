/// What reading one line of input produced.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: `hadText` says whether the line being typed had anything on it (then it is
    /// cleared); on an empty line Ctrl-C quits.
    case interrupted(hadText: Bool)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Where the chat gets the person's lines: GNU readline on a terminal, plain lines otherwise,
/// or a scripted list in tests.
protocol LineReader: AnyObject {
    /// True when a person is typing at a terminal (prompts and echo are theirs to see).
    var isInteractive: Bool { get }
    func readLine(prompt: String) -> LineInput
    /// Remembers a line for up-arrow recall in this chat, and in the history file as far as its
    /// `HistoryMode` keeps it.
    func remember(_ line: String)
}
