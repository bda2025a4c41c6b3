/// What one step of the conversation produced: what the coach says, what happened, and the
/// state to pass to the next step.
public struct Turn: Sendable, Equatable {
    public var messages: [CoachMessage]
    public var events: [TurnEvent]
    public var state: ConversationState

    /// True once the conversation has ended for this run (it finished, or the person stopped
    /// after a safety response); a front end then closes.
    public var isFinished: Bool { state.phase.isOver }
}

/// One message from the coach.
public struct CoachMessage: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// A line of the script.
        case say
        /// A safety response or resource list.
        case safety
        /// Information about the conversation itself (/where, /journal, errors in input).
        case info
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Something the engine decided, recorded so transcripts can check routing, not just wording.
public enum TurnEvent: Sendable, Equatable {
    case reachedNode(String)
    case choseIntent(String, score: Double)
    case clarifying([String])
    /// The reply may have meant this global intent; the coach asked whether it did.
    case confirming(String)
    case fellBack(misses: Int)
    /// The reply asked about the question; the coach explained it and asked again.
    case explainedQuestion
    case savedAnswer(String)
    /// An acknowledgement kept a line in this queue (`remember`).
    case remembered(queue: String)
    /// An acknowledgement said the oldest line of this queue instead of a wording (`recall`).
    case recalled(queue: String)
    case safety(SafetyLevel, SafetyCategory)
    case ended(EndReason)
}
