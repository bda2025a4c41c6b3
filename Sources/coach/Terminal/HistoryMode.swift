import ArgumentParser

/// What the line history file keeps from one chat to the next.
///
/// People who come to Coach may share a computer with someone who reads it, so by default only
/// slash commands outlive a chat, never what the person wrote. Whatever the mode, the up arrow
/// recalls this chat's own lines while it runs: they are on the screen anyway.
enum HistoryMode: String, CaseIterable, ExpressibleByArgument {
    /// Every line typed, answers included, for the up arrow in later chats (opt-in).
    case all
    /// Only slash commands, by name ("/journal", "/save"): the default.
    case commands
    // NB: not `case none`, which a `HistoryMode?` would confuse with nil.
    /// No history file at all; one left from before is deleted.
    case noFile = "none"

    /// The environment variable that chooses a mode when `--history` is not given.
    static let environmentVariable = "COACH_HISTORY"

    /// The mode for this chat: `--history` when given, else `COACH_HISTORY`, else `.commands`.
    /// - Returns: the mode, and a warning when `COACH_HISTORY` names no mode (then the default holds).
    static func chosen(option: HistoryMode?, environment: String?) -> (mode: HistoryMode, warning: String?) {
        if let option { return (option, nil) }
        guard let environment, !environment.isEmpty else { return (.commands, nil) }
        if let mode = HistoryMode(rawValue: environment.lowercased()) { return (mode, nil) }
        let names = allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return (
            .commands,
            "\(environmentVariable) is '\(environment)', which is not one of \(names); the history keeps only commands"
        )
    }
}
