/// What a person can send the engine.
public enum UserInput: Sendable, Equatable {
    /// Something they typed in answer.
    case reply(String)
    /// A slash command the engine handles (the front end handles /save, /quit, /reload).
    case command(EngineCommand)
}

/// The commands that change or report the conversation itself.
public enum EngineCommand: String, Sendable, Equatable, CaseIterable {
    /// Undo the last answered question and ask it again.
    case back
    /// Start again from the beginning, forgetting saved answers.
    case restart
    /// Say which step of which path this is.
    case `where`
    /// Show the answers saved so far.
    case journal
    /// Show the safety resources.
    case resources
}

/// Why the engine could not take an input.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The conversation has ended; only /restart, /back, /journal and /resources apply.
    case conversationFinished
    /// The person stopped after a safety response, or left before the end;
    /// `Engine.resume(_:)` continues the conversation.
    case conversationStopped
    /// The state names a node this script does not have (it came from another version).
    case unknownNode(String)

    public var description: String {
        switch self {
        case .conversationFinished:
            "the conversation has finished; use /restart to begin again or /back to return to the last question"
        case .conversationStopped:
            "the conversation was stopped before its end; resume it to go on where it was, or use /restart to begin again"
        case .unknownNode(let node):
            "the saved conversation is at node '\(node)', which this script does not have; use /restart to begin again"
        }
    }
}
