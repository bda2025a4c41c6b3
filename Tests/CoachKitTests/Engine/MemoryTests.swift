import CoachKit
import Foundation
import Testing

/// Memory (issue 16, item 5): an acknowledgement can keep a rendered line in a named queue, and a
/// later one can say the oldest and let it go, as ELIZA came back to what it heard earlier.
@Suite struct MemoryTests {
    static let script = """
        {
          "formatVersion": 1, "id": "memory", "title": "Memory", "version": "1", "disclaimer": "A test.", "start": "talk",
          "intents": {"partner": {"phrases": [{"text": "my partner *5 >", "weight": 3}]}, "tired": {"keywords": ["tired"]},
            "bye": {"phrases": ["< bye >"]}},
          "globalRoutes": [{"intent": "bye", "to": "bye"}],
          "nodes": [
            {"id": "talk", "say": ["Go on."], "ask": {"save": "latest", "acknowledge": [
              {"intent": "partner", "variants": "Your partner.",
               "remember": {"in": "earlier", "line": "Earlier you said your partner {{1}}."}},
              {"intent": "tired", "variants": "Tired, then.", "recall": "earlier"},
              {"variants": ["I'm listening.", "Say more."], "order": "inTurn", "recall": "earlier"}
            ]}, "next": "talk"},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """

    private func engine() throws -> Engine { try Engine(script: try TestScripts.load(Self.script).get()) }

    private func acknowledgement(_ turn: Turn) -> String? { turn.messages.first?.text }

    @Test func aRecallSaysTheOldestRememberedLineAndLetsItGo() throws {
        var conversation = Conversation(engine: try engine())
        #expect(acknowledgement(conversation.say("my partner hardly calls me")) == "Your partner.")
        #expect(acknowledgement(conversation.say("my partner lied to me")) == "Your partner.")
        #expect(conversation.state.memory["earlier"]?.count == 2)
        // Oldest first, each once; then the rule's own wordings again.
        #expect(acknowledgement(conversation.say("the weather")) == "Earlier you said your partner hardly calls you.")
        #expect(acknowledgement(conversation.say("the weather")) == "Earlier you said your partner lied to you.")
        #expect(acknowledgement(conversation.say("the weather")) == "I'm listening.")
        #expect(conversation.state.memory["earlier"] == nil)
    }

    /// A rule with an intent can recall too; with nothing kept it says its own wording.
    @Test func aRecallWithNothingKeptSaysTheRulesWording() throws {
        var conversation = Conversation(engine: try engine())
        let turn = conversation.say("so tired")
        #expect(acknowledgement(turn) == "Tired, then.")
        #expect(!turn.events.contains(.recalled(queue: "earlier")))
        conversation.say("my partner works late")
        let recalled = conversation.say("tired again")
        #expect(acknowledgement(recalled) == "Earlier you said your partner works late.")
        #expect(recalled.events.contains(.recalled(queue: "earlier")))
    }

    /// `/back` takes back what was heard after the place it returns to.
    @Test func goingBackForgetsWhatWasRememberedAfter() throws {
        var conversation = Conversation(engine: try engine())
        conversation.say("my partner hardly calls me")
        conversation.command(.back)
        #expect(conversation.state.memory["earlier"] == nil)
        #expect(acknowledgement(conversation.say("the weather")) == "I'm listening.")
    }

    @Test func aQueueKeepsItsNewestLinesUpToTheLimit() throws {
        var conversation = Conversation(engine: try engine())
        for number in 1...(ConversationState.memoryLimit + 3) { conversation.say("my partner said \(number)") }
        let kept = try #require(conversation.state.memory["earlier"])
        #expect(kept.count == ConversationState.memoryLimit)
        #expect(kept.first == "Earlier you said your partner said 4.")
    }

    /// Memory survives a saved state, and a state saved before memory existed reads as empty.
    @Test func memoryIsKeptInTheSavedStateAndOptionalWhenRead() throws {
        let engine = try engine()
        var conversation = Conversation(engine: engine)
        conversation.say("my partner hardly calls me")
        let restored = try JSONDecoder().decode(ConversationState.self, from: try JSONEncoder().encode(conversation.state))
        #expect(restored == conversation.state)
        let turn = try engine.respond(to: .reply("the weather"), in: restored)
        #expect(acknowledgement(turn) == "Earlier you said your partner hardly calls you.")

        var object = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(conversation.state)) as? [String: Any])
        object["memory"] = nil
        var history = try #require(object["history"] as? [[String: Any]])
        for index in history.indices { history[index]["memory"] = nil }
        object["history"] = history
        let old = try JSONDecoder().decode(ConversationState.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.memory.isEmpty)
        #expect(old.history.allSatisfy { $0.memory.isEmpty })
    }
}
