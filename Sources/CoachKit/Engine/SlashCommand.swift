/// A typed line that starts with "/": a command, never an answer.
///
/// The chat and `coach replay` both read commands here, so a transcript the chat recorded
/// replays as the chat behaved: "/hepl" is an unknown command in both (before, replay saved it as
/// an answer), and "/Back" or "/where now" mean /back and /where in both.
///
///     SlashCommand(parsing: "/Save  notes.txt")  // name "/save", argument "notes.txt"
///     SlashCommand(parsing: "/hepl")             // action .unknown: the chat says so, nothing changes
///     SlashCommand(parsing: "he lied")           // nil: an answer
public struct SlashCommand: Sendable, Equatable {
    /// What the command does.
    public enum Action: Sendable, Equatable {
        /// Changes or reports the conversation: the engine handles it.
        case engine(EngineCommand)
        /// The rest change nothing the engine holds; the front end handles them.
        case help, reload, quit
        /// `/save` (a new file) or `/save!` (replacing one).
        case save(replacing: Bool)
        /// Not a command the chat knows.
        case unknown
    }

    /// The command's name as typed, lowercased, with its slash: "/save".
    public let name: String
    /// What follows the name, trimmed; nil when nothing does.
    public let argument: String?
    public let action: Action

    /// Reads `line` as a command, or returns nil when it does not start with "/" (after blanks).
    public init?(parsing line: String) {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix("/") else { return nil }
        // NB: split at any run of blanks, so "/save  notes.txt" and "/save\tnotes.txt" name
        // "notes.txt", not a file whose name starts with a space.
        let parts = trimmed.split(maxSplits: 1, whereSeparator: \.isWhitespace)
        name = parts.first.map { $0.lowercased() } ?? "/"
        let rest = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        argument = rest.isEmpty ? nil : rest
        action = SlashCommand.action(named: name)
    }

    /// Whether the engine handles it; every other command leaves the conversation as it was.
    public var engineCommand: EngineCommand? {
        if case .engine(let command) = action { return command }
        return nil
    }

    private static func action(named name: String) -> Action {
        if let command = EngineCommand(rawValue: String(name.dropFirst())) { return .engine(command) }
        switch name {
        case "/help": return .help
        case "/reload": return .reload
        case "/quit", "/exit": return .quit
        case "/save": return .save(replacing: false)
        case "/save!": return .save(replacing: true)
        default: return .unknown
        }
    }
}
