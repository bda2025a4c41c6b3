/// Everything about one conversation that changes as it goes, kept apart from the script so it
/// can be saved, restored and compared. The engine never mutates it in place: each turn returns
/// a new one.
public struct ConversationState: Codable, Equatable, Sendable {
    /// The version of this saved shape; bump it, and say why here, when fields change meaning.
    /// 1: the first.
    /// 2: the phase `stoppedAfterSafety(node:)`, which a version-1 reader cannot decode, and
    ///    `safetyCategories`; a version-1 state reads as it always did, with no categories.
    /// 3: the phase `left(node:)` (left before the end, resumable), which a version-2 reader
    ///    cannot decode.
    public static let currentFormatVersion = 3

    public var formatVersion = ConversationState.currentFormatVersion
    public var phase: Phase
    /// Saved replies by their `save` name.
    public var answers: [String: SavedAnswer] = [:]
    /// Answer names in the order they were first saved, for the journal.
    public var answerOrder: [String] = []
    /// Replies in a row at the current question that matched nothing.
    public var misses = 0
    /// Words captured by the gaps of the pattern that led here, for `{{1}}`.
    public var captures: [String] = []
    /// Earlier questions, newest last, for `/back`: at most `historyLimit` of them.
    public var history: [Snapshot] = []
    /// How many questions `/back` can go back, so that a long or looping chat stays small.
    public static let historyLimit = 100
    public var random: SeededGenerator
    /// Turns taken so far (replies and commands).
    public var turn = 0
    /// How often the person has said they are safe after a check-in.
    public var safetyCheckInsDeclined = 0
    /// What the safety layer responded to in this conversation, each category once, first seen
    /// first; while it is not empty, the conversation's end repeats the resources.
    public var safetyCategories: [SafetyCategory] = []
    /// For wordings used in turn (`VariantOrder.inTurn`), the next one of each list, by the list's
    /// place ("node/reask", "node/acknowledge/2"). Not part of a `/back` snapshot: going back
    /// does not make the coach repeat itself.
    public var nextVariant: [String: Int] = [:]
    /// Lines acknowledgements kept for later (`remember`), by queue, oldest first; a `recall`
    /// says and lets go of the oldest. At most `memoryLimit` per queue.
    public var memory: [String: [String]] = [:]
    /// How many lines one queue keeps: a long chat that keeps remembering stays small, and the
    /// oldest lines, the ones a recall would say first, are the ones let go.
    public static let memoryLimit = 20

    public init(phase: Phase, seed: UInt64) {
        self.phase = phase
        random = SeededGenerator(seed: seed)
    }

    /// Reads a saved state, of this format or an older one.
    /// - Throws: `DecodingError` when a field is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        phase = try container.decode(Phase.self, forKey: .phase)
        answers = try container.decode([String: SavedAnswer].self, forKey: .answers)
        answerOrder = try container.decode([String].self, forKey: .answerOrder)
        misses = try container.decode(Int.self, forKey: .misses)
        captures = try container.decode([String].self, forKey: .captures)
        history = try container.decode([Snapshot].self, forKey: .history)
        random = try container.decode(SeededGenerator.self, forKey: .random)
        turn = try container.decode(Int.self, forKey: .turn)
        safetyCheckInsDeclined = try container.decode(Int.self, forKey: .safetyCheckInsDeclined)
        // NB: new in format 2; a conversation saved before it had no way to say, so none.
        safetyCategories = try container.decodeIfPresent([SafetyCategory].self, forKey: .safetyCategories) ?? []
        // NB: new after format 3, and optional: a state saved before it used no wording in turn.
        nextVariant = try container.decodeIfPresent([String: Int].self, forKey: .nextVariant) ?? [:]
        // NB: new after format 3, and optional: a state saved before it remembered nothing.
        memory = try container.decodeIfPresent([String: [String]].self, forKey: .memory) ?? [:]
    }

    /// The state at a question, without its own history, as `/back` restores it.
    public struct Snapshot: Codable, Equatable, Sendable {
        public var phase: Phase
        public var answers: [String: SavedAnswer]
        public var answerOrder: [String]
        public var captures: [String]
        /// What was remembered by then: going back takes back what was heard after it.
        public var memory: [String: [String]]

        init(
            phase: Phase, answers: [String: SavedAnswer], answerOrder: [String], captures: [String],
            memory: [String: [String]]
        ) {
            self.phase = phase
            self.answers = answers
            self.answerOrder = answerOrder
            self.captures = captures
            self.memory = memory
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phase = try container.decode(Phase.self, forKey: .phase)
            answers = try container.decode([String: SavedAnswer].self, forKey: .answers)
            answerOrder = try container.decode([String].self, forKey: .answerOrder)
            captures = try container.decode([String].self, forKey: .captures)
            // NB: optional, as in the state: a snapshot saved before memory remembered nothing.
            memory = try container.decodeIfPresent([String: [String]].self, forKey: .memory) ?? [:]
        }
    }

    var snapshot: Snapshot {
        Snapshot(phase: phase, answers: answers, answerOrder: answerOrder, captures: captures, memory: memory)
    }

    mutating func restore(_ snapshot: Snapshot) {
        phase = snapshot.phase
        answers = snapshot.answers
        answerOrder = snapshot.answerOrder
        captures = snapshot.captures
        memory = snapshot.memory
        misses = 0
    }

    /// Keeps a line at the end of a queue, letting go of the oldest beyond `memoryLimit`.
    mutating func remember(_ line: String, in queue: String) {
        var lines = memory[queue, default: []]
        lines.append(line)
        if lines.count > ConversationState.memoryLimit { lines.removeFirst(lines.count - ConversationState.memoryLimit) }
        memory[queue] = lines
    }

    /// The oldest line of a queue, let go of; nil when it holds none.
    mutating func recall(from queue: String) -> String? {
        guard var lines = memory[queue], !lines.isEmpty else { return nil }
        let oldest = lines.removeFirst()
        memory[queue] = lines.isEmpty ? nil : lines
        return oldest
    }

    mutating func noteSafetyResponse(to category: SafetyCategory) {
        if !safetyCategories.contains(category) { safetyCategories.append(category) }
    }

    mutating func save(_ text: String, intent: String?, as name: String, at node: String) {
        if answers[name] == nil { answerOrder.append(name) }
        answers[name] = SavedAnswer(text: text, intent: intent, node: node)
    }
}

/// A reply kept for templates, conditions and the journal.
public struct SavedAnswer: Codable, Equatable, Sendable {
    /// Exactly as the person typed it.
    public var text: String
    /// The intent it was understood as, when the question routes by intent.
    public var intent: String?
    /// The node that asked.
    public var node: String

    public init(text: String, intent: String?, node: String) {
        self.text = text
        self.intent = intent
        self.node = node
    }
}
