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
    }

    /// The state at a question, without its own history, as `/back` restores it.
    public struct Snapshot: Codable, Equatable, Sendable {
        public var phase: Phase
        public var answers: [String: SavedAnswer]
        public var answerOrder: [String]
        public var captures: [String]
    }

    var snapshot: Snapshot {
        Snapshot(phase: phase, answers: answers, answerOrder: answerOrder, captures: captures)
    }

    mutating func restore(_ snapshot: Snapshot) {
        phase = snapshot.phase
        answers = snapshot.answers
        answerOrder = snapshot.answerOrder
        captures = snapshot.captures
        misses = 0
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
