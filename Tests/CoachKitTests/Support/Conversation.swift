import CoachKit
import Testing

/// Drives an engine through replies and commands the way a front end does, keeping every turn
/// so tests can check what was said and which nodes were reached.
struct Conversation {
    let engine: Engine
    private(set) var turns: [Turn]

    init(engine: Engine = TestScripts.trustEngine, seed: UInt64 = 7) {
        self.engine = engine
        turns = [engine.start(seed: seed)]
    }

    var state: ConversationState { turns[turns.count - 1].state }
    var last: Turn { turns[turns.count - 1] }
    var lastText: String { last.messages.map(\.text).joined(separator: "\n") }

    /// The node the conversation waits at, if any.
    var node: String? { state.phase.node }

    /// Every node reached so far, in order.
    var reachedNodes: [String] {
        turns.flatMap(\.events).compactMap { if case .reachedNode(let id) = $0 { id } else { nil } }
    }

    @discardableResult
    mutating func say(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Turn {
        send(.reply(text), sourceLocation: sourceLocation)
    }

    @discardableResult
    mutating func command(_ command: EngineCommand, sourceLocation: SourceLocation = #_sourceLocation) -> Turn {
        send(.command(command), sourceLocation: sourceLocation)
    }

    private mutating func send(_ input: UserInput, sourceLocation: SourceLocation) -> Turn {
        do {
            let turn = try engine.respond(to: input, in: state)
            turns.append(turn)
            return turn
        } catch {
            Issue.record("the engine refused \(input): \(error)", sourceLocation: sourceLocation)
            return last
        }
    }
}
