/// A conversation written down in a plain-text form people can read, diff and write by hand.
///
///     # Coach transcript
///     format: 2
///     script: trust-is-broken 1.0.0
///     seed: 42
///
///     coach: Were you the one who broke the trust, or was your trust broken?
///     you: I lied to her
///     > intent: broke
///     > node: broke_what
///     coach: Step one is to own what you did. ...
///
/// `coach:` lines are what the coach said (`coach [safety]:` and `coach [info]:` mark those
/// kinds), `you:` lines what the person typed, `>` lines checkpoints that pin where the
/// conversation went and why, and `#` lines comments. A message or reply of several lines
/// continues on lines indented by four spaces.
public struct Transcript: Equatable, Sendable {
    /// 1: the first version. 2: a reply may continue on indented lines, as a pasted paragraph
    /// does (a format-1 reader stopped at them with a puzzling error; with the bump it says which
    /// format it cannot read).
    public static let formatVersion = 2
    /// The formats this Coach reads: every one, as each only added to the one before.
    public static let readableVersions = 1...formatVersion

    public var scriptID: String
    public var scriptVersion: String
    public var seed: UInt64
    /// What the coach said before the first reply.
    public var opening: TurnRecord
    public var turns: [TurnRecord]
    /// True when the file ended in the middle of a line, as a killed process leaves it.
    public var isTruncated = false
    /// Comment lines among the header's (what the transcript is for), kept when it is updated.
    public var headerComments: [String] = []

    public init(scriptID: String, scriptVersion: String, seed: UInt64) {
        self.scriptID = scriptID
        self.scriptVersion = scriptVersion
        self.seed = seed
        opening = TurnRecord(input: nil)
        turns = []
    }

    /// The first line of every transcript Coach writes.
    static let title = "# Coach transcript"

    /// The header alone, as a recording file begins.
    public var header: String {
        Transcript.title + "\n" + headerComments.map { "# \($0)\n" }.joined()
            + "format: \(Transcript.formatVersion)\nscript: \(scriptID) \(scriptVersion)\nseed: \(seed)\n\n"
    }

    /// The whole transcript as text.
    public func render() -> String {
        header + opening.render() + turns.map { $0.render() }.joined()
    }
}

/// One step of a transcript: what the person typed (nil for the opening), then what the coach
/// said and the checkpoints that held.
public struct TurnRecord: Equatable, Sendable {
    /// Comment lines written just before this turn, kept when a transcript is updated.
    public var comments: [String] = []
    public var input: String?
    public var messages: [CoachMessage] = []
    public var checkpoints: [Checkpoint] = []
    /// The line of the file the turn starts on, for messages (0 when not from a file).
    public var line = 0

    public init(input: String?, messages: [CoachMessage] = [], checkpoints: [Checkpoint] = []) {
        self.input = input
        self.messages = messages
        self.checkpoints = checkpoints
    }

    public func render() -> String {
        var text = comments.map { "# \($0)\n" }.joined()
        if let input { text += TranscriptLine.render(speaker: "you", input) }
        text += checkpoints.map { "> \($0.description)\n" }.joined()
        text += messages.map { TranscriptLine.render(speaker: TranscriptLine.speaker(for: $0.kind), $0.text) }.joined()
        return text
    }
}

/// A fact about the conversation that a transcript asserts after a turn.
public enum Checkpoint: Equatable, Sendable, CustomStringConvertible {
    /// The conversation waits at (or last reached) this node.
    case node(String)
    /// The reply was understood as this intent ("clarify" and "fallback" included).
    case intent(String)
    /// The safety layer responded at this level, in this category.
    case safety(SafetyLevel, SafetyCategory)
    /// An answer was saved under this name.
    case saved(String)
    /// The conversation ended for this reason.
    case ended(EndReason)

    public var description: String {
        switch self {
        case .node(let id): "node: \(id)"
        case .intent(let name): "intent: \(name)"
        case .safety(let level, let category): "safety: \(level.rawValue) \(category.rawValue)"
        case .saved(let name): "saved: \(name)"
        case .ended(let reason): "ended: \(reason.rawValue)"
        }
    }

    /// The checkpoints a turn's events amount to, in the order a recording writes them.
    public static func from(_ turn: Turn) -> [Checkpoint] {
        var checkpoints: [Checkpoint] = []
        for event in turn.events {
            switch event {
            case .choseIntent(let name, _): checkpoints.append(.intent(name))
            case .clarifying: checkpoints.append(.intent("clarify"))
            case .confirming: checkpoints.append(.intent("confirm"))
            case .fellBack: checkpoints.append(.intent("fallback"))
            case .explainedQuestion: checkpoints.append(.intent(QuestionAboutTheQuestion.label))
            case .safety(let level, let category): checkpoints.append(.safety(level, category))
            case .savedAnswer(let name): checkpoints.append(.saved(name))
            case .ended(let reason): checkpoints.append(.ended(reason))
            // NB: what is remembered shows in what the coach later says, which a transcript checks.
            case .reachedNode, .remembered, .recalled: break
            }
        }
        if let node = turn.state.phase.node { checkpoints.append(.node(node)) }
        return checkpoints
    }
}

/// How one speaker's line is written.
enum TranscriptLine {
    static func speaker(for kind: CoachMessage.Kind) -> String {
        switch kind {
        case .say: "coach"
        case .safety: "coach [safety]"
        case .info: "coach [info]"
        }
    }

    /// A text of several lines (a pasted paragraph) continues on indented lines; a carriage
    /// return counts as a line break, so a line ending in one cannot run into the next line.
    static func render(speaker: String, _ text: String) -> String {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        return "\(speaker): \(lines[0])\n" + lines.dropFirst().map { "    \($0)\n" }.joined()
    }
}
