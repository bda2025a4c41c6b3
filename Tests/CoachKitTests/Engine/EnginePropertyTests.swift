import CoachKit
import Foundation
import Testing

/// 100,000 random replies through the engine of every script in `Dialogue/`: it never crashes,
/// always answers, and always leaves a state that names a node of the script.
@Suite struct EnginePropertyTests {
    static let repliesPerScript = 100_000

    /// Pieces random replies are built from: words the scripts know, noise, danger, odd bytes.
    static let pieces = [
        "yes", "no", "idk", "not sure", "he cheated", "I lied", "both", "stop", "never", "maybe", "sure",
        "I want to but I'm scared", "purple", "😂", "🌈", "", " ", "\u{0}", "\u{1B}[2J", "\u{FFFD}",
        "he hit me", "I want to die", "lol", "go on", "no I'm fine", "calm", "angry", "tomorrow", "cheeted",
        "ÀÉÎÕÜ", "ß", "!!!", "…", "don't", "didnt", "sooo", "a" + String(repeating: "a", count: 300),
    ]

    @Test(arguments: ["trust-is-broken", "difficult-conversation"])
    func randomRepliesNeverBreakTheEngine(_ id: String) throws {
        let engine = try GoldenTranscriptTests.engine(for: id)
        var random = SeededGenerator(seed: 20_261_125)
        var turn = engine.start(seed: 1)
        var answered = 0
        for index in 0..<Self.repliesPerScript {
            if turn.isFinished { turn = try engine.respond(to: .command(.restart), in: turn.state) }
            let input: UserInput
            switch Int.random(in: 0..<50, using: &random) {
            case 0: input = .command(.back)
            case 1: input = .command(.restart)
            case 2: input = .command(.journal)
            default:
                let count = Int.random(in: 0...4, using: &random)
                input = .reply((0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined(separator: " "))
            }
            let next: Turn
            do {
                next = try engine.respond(to: input, in: turn.state)
            } catch {
                Issue.record("reply \(index) (\(input)) was refused: \(error)")
                return
            }
            if next.messages.isEmpty, !next.isFinished {
                Issue.record("reply \(index) (\(input)) got no answer at \(next.state.phase)")
                return
            }
            if let node = next.state.phase.node, engine.script.node(node) == nil {
                Issue.record("reply \(index) left the conversation at a node that does not exist: \(node)")
                return
            }
            answered += 1
            turn = next
        }
        #expect(answered == Self.repliesPerScript)
    }
}
