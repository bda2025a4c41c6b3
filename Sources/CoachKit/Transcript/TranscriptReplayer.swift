/// Replays a transcript's inputs against a script and compares what the coach says now with
/// what the transcript recorded, turn by turn.
///
/// A turn's coach lines are compared only when the transcript has some for it, and each of its
/// checkpoints must hold; so a hand-written transcript of checkpoints alone pins the routing
/// without pinning the wording.
public struct TranscriptReplayer: Sendable {
    public let engine: Engine

    public init(engine: Engine) { self.engine = engine }

    public func replay(_ transcript: Transcript) -> ReplayResult {
        var result = ReplayResult(actual: transcript)
        let script = engine.script.script
        if transcript.scriptVersion != script.version {
            result.warnings.append(
                "the transcript was recorded with version '\(transcript.scriptVersion)' of '\(script.id)'; the script is now '\(script.version)'"
            )
        }
        if transcript.isTruncated {
            result.warnings.append(
                "the transcript ends part-way through a line (a chat that was cut off); its last line was skipped")
        }
        var turn = engine.start(seed: transcript.seed)
        result.note(turn, from: nil)
        result.actual.opening = compare(transcript.opening, with: turn, number: 0, into: &result)
        for (index, expected) in transcript.turns.enumerated() {
            guard let input = expected.input else { continue }
            var before = turn.state
            // A conversation left part-way, or stopped after a safety response, went on in a later
            // chat: a session transcript carries on past it, as that chat resumed it.
            switch before.phase {
            case .left, .stoppedAfterSafety:
                do {
                    before = try engine.resume(before).state
                } catch {
                    result.mismatches.append(
                        ReplayResult.Mismatch(
                            turn: index + 1, line: expected.line, input: input, problem: .engineRefused(error.description)))
                    return result
                }
            default: break
            }
            // NB: commands are read as the chat reads them (`SlashCommand`): those that are not
            // the engine's (/help, /save, /reload, and a mistyped "/hepl") print nothing a
            // transcript records and change no state.
            let command = SlashCommand(parsing: input)
            if command?.action == .quit { break }
            if let command, command.engineCommand == nil {
                result.actual.turns[index] = compare(expected, with: nil, number: index + 1, into: &result)
                continue
            }
            let userInput: UserInput = command?.engineCommand.map { .command($0) } ?? .reply(input)
            do {
                turn = try engine.respond(to: userInput, in: before)
            } catch {
                result.mismatches.append(
                    ReplayResult.Mismatch(
                        turn: index + 1, line: expected.line, input: input, problem: .engineRefused(error.description)))
                break
            }
            result.note(turn, from: before.phase.node)
            result.actual.turns[index] = compare(expected, with: turn, number: index + 1, into: &result)
        }
        return result
    }

    /// Checks one turn and returns it as the current script would record it, in the
    /// transcript's own style (lines where it had lines, checkpoints of the kinds it had).
    private func compare(_ expected: TurnRecord, with turn: Turn?, number: Int, into result: inout ReplayResult) -> TurnRecord {
        var actual = expected
        let messages = turn?.messages ?? []
        let checkpoints = turn.map(Checkpoint.from) ?? []
        // NB: equal messages, the usual case, skip rendering and diffing altogether.
        if expected.messages != messages, !expected.messages.isEmpty || (number == 0 && expected.checkpoints.isEmpty) {
            let render = { (messages: [CoachMessage]) in
                messages.flatMap {
                    TranscriptLine.render(speaker: TranscriptLine.speaker(for: $0.kind), $0.text).split(separator: "\n").map(
                        String.init)
                }
            }
            let diff = LineDiff.unified(expected: render(expected.messages), actual: render(messages))
            if !diff.isEmpty, !expected.messages.isEmpty {
                result.mismatches.append(
                    .init(turn: number, line: expected.line, input: expected.input, problem: .messages(diff: diff)))
            }
        }
        if !expected.messages.isEmpty || (number == 0 && expected.checkpoints.isEmpty) { actual.messages = messages }
        let missing = expected.checkpoints.filter { !checkpoints.contains($0) }
        if !missing.isEmpty {
            result.mismatches.append(
                .init(
                    turn: number, line: expected.line, input: expected.input,
                    problem: .checkpoints(missing: missing, actual: checkpoints)))
        }
        let kinds = Set(expected.checkpoints.map(\.kind))
        actual.checkpoints = checkpoints.filter { kinds.contains($0.kind) }
        return actual
    }
}

extension Checkpoint {
    /// The kind alone ("node", "intent", ...), to keep a transcript's own choice of checkpoints.
    var kind: String { String(description.prefix { $0 != ":" }) }
}
