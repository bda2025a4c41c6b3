/// Where a conversation stands, and so what the engine accepts next.
public enum Phase: Codable, Equatable, Sendable {
    /// The coach asked the question of `node`; send a reply (or a command).
    case awaitingReply(node: String)
    /// The reply to `node` fitted several intents (`candidates`); the coach asked which. Send a
    /// reply: it is classified against all of the node's routes again, and `pendingReply` is what
    /// gets saved.
    case awaitingClarification(node: String, candidates: [String], pendingReply: String)
    /// The reply to `node` may have meant the global `intent` (leaving the chat), and the coach
    /// asked whether it did. Send a reply: yes or "stop" acts on the intent, no or "go on" asks
    /// the question again, anything else is read as an answer to the question.
    case awaitingConfirmation(node: String, intent: String)
    /// The safety layer noticed something unclear and asked about it. Send a reply; the
    /// conversation returns to `node` when the person says they are safe. `pendingReply` is the
    /// answer to `node`'s open question that raised the check-in: once the person says they are
    /// safe it is read as that answer, so their words are not lost. It is nil, and the question
    /// asked again, at a routed or clarifying question and for any reply that speaks of suicide,
    /// self-harm or hurting someone.
    case awaitingSafetyCheckIn(node: String, category: SafetyCategory, pendingReply: String? = nil)
    /// The coach gave safety resources and asked whether to go on. Send "go on" or "stop";
    /// the conversation resumes at `node`.
    case awaitingSafetyChoice(node: String)
    // NB: a phase of its own rather than `.finished` with a place to return to: everything that
    // asks "where is the conversation?" (`node`, saving, `SavedSession.fit`) then answers the
    // stopped conversation truthfully, and only "does this run go on?" (`isOver`) treats it as ended.
    /// The person chose to stop after a safety response. The conversation is over for this run
    /// (a front end closes, keeping the saved state), but not finished: `resume(_:)` picks it up
    /// again at the question of `node`, with every answer kept. Replies are refused until then;
    /// `/restart`, `/back`, `/journal` and `/resources` still apply.
    case stoppedAfterSafety(node: String)
    /// The person left before the end: a global route ("I have to go", "that's enough for
    /// today") led to an end node while a question waited. Over for this run, like
    /// `stoppedAfterSafety`, and `resume(_:)` picks it up again at the question of `node`, with
    /// every answer kept: someone who stops for today means to come back.
    case left(node: String)
    /// The conversation is over; only `/restart`, `/back`, `/journal` and `/resources` still apply.
    case finished(EndReason)

    /// True when this run takes no more replies: the conversation finished, or the person stopped
    /// after a safety response (which a later run can resume).
    public var isOver: Bool {
        switch self {
        case .stoppedAfterSafety, .left, .finished: true
        case .awaitingReply, .awaitingClarification, .awaitingConfirmation, .awaitingSafetyCheckIn, .awaitingSafetyChoice:
            false
        }
    }

    /// The question node the conversation is at or will return to.
    public var node: String? {
        switch self {
        case .awaitingReply(let node), .awaitingClarification(let node, _, _), .awaitingConfirmation(let node, _),
            .awaitingSafetyCheckIn(let node, _, _), .awaitingSafetyChoice(let node), .stoppedAfterSafety(let node),
            .left(let node):
            node
        case .finished:
            nil
        }
    }

    /// A name for messages, such as "awaiting a reply at 'role'".
    public var summary: String {
        switch self {
        case .awaitingReply(let node): "awaiting a reply at '\(node)'"
        case .awaitingClarification(let node, _, _): "awaiting a clarification at '\(node)'"
        case .awaitingConfirmation(let node, let intent): "awaiting confirmation of '\(intent)' at '\(node)'"
        case .awaitingSafetyCheckIn(let node, _, _): "awaiting an answer to a safety check-in (from '\(node)')"
        case .awaitingSafetyChoice(let node): "awaiting the choice to go on or stop (from '\(node)')"
        case .stoppedAfterSafety(let node): "stopped after a safety response (resumes at '\(node)')"
        case .left(let node): "left before the end (resumes at '\(node)')"
        case .finished(let reason): "finished (\(reason.rawValue))"
        }
    }
}

/// Why a conversation ended.
public enum EndReason: String, Codable, Equatable, Sendable {
    /// It reached a node marked `"end": true`.
    case reachedEnd = "reached_end"
    /// The person chose to stop after a safety response. Only the `.ended` event carries it: the
    /// phase becomes `.stoppedAfterSafety(node:)`, which keeps the place for a later run.
    case stoppedAfterSafetyResponse = "stopped_after_safety_response"
    /// The person left before the end, by a global route to an end node; the phase becomes
    /// `.left(node:)`, which keeps the place.
    case left
}
