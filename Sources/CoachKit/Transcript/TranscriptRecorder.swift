/// Writes a conversation down as it happens, a turn at a time, so a front end can append each
/// piece to a file at once and a killed process loses nothing already said.
public struct TranscriptRecorder: Sendable {
    public private(set) var transcript: Transcript

    public init(script: DialogueScript, seed: UInt64) {
        transcript = Transcript(scriptID: script.id, scriptVersion: script.version, seed: seed)
    }

    /// Goes on with a transcript already written (a resumed conversation).
    public init(continuing transcript: Transcript) {
        self.transcript = transcript
    }

    /// The header and the opening, as text to write first.
    public mutating func recordOpening(_ turn: Turn) -> String {
        transcript.opening = TurnRecord(input: nil, messages: turn.messages)
        return transcript.header + transcript.opening.render()
    }

    /// One turn, as text to append: the person's line, its checkpoints, the coach's answer.
    public mutating func record(input: String, turn: Turn?) -> String {
        let record = TurnRecord(input: input, messages: turn?.messages ?? [], checkpoints: turn.map(Checkpoint.from) ?? [])
        transcript.turns.append(record)
        return record.render()
    }
}
