/// Writes a conversation down as it happens, a turn at a time, so a front end can append each
/// piece to a file at once and a killed process loses nothing already said.
public struct TranscriptRecorder: Sendable {
    public private(set) var transcript: Transcript
    /// Whether `transcript` keeps every turn. A front end that stores each turn's text elsewhere
    /// (a database) turns it off, so a chat of 100,000 turns does not hold them all in memory.
    public var keepsTurns = true

    public init(script: DialogueScript, seed: UInt64) {
        transcript = Transcript(scriptID: script.id, scriptVersion: script.version, seed: seed)
    }

    /// Goes on with a transcript already written (a resumed conversation); without `keepsTurns`,
    /// only its header and opening are held.
    public init(continuing transcript: Transcript, keepsTurns: Bool = true) {
        self.transcript = transcript
        self.keepsTurns = keepsTurns
        if !keepsTurns { self.transcript.turns = [] }
    }

    /// The header and the opening, as text to write first.
    public mutating func recordOpening(_ turn: Turn) -> String {
        transcript.opening = TurnRecord(input: nil, messages: turn.messages)
        return transcript.header + transcript.opening.render()
    }

    /// One turn, as text to append: the person's line, its checkpoints, the coach's answer.
    public mutating func record(input: String, turn: Turn?) -> String {
        let record = TurnRecord(input: input, messages: turn?.messages ?? [], checkpoints: turn.map(Checkpoint.from) ?? [])
        if keepsTurns { transcript.turns.append(record) }
        return record.render()
    }
}
