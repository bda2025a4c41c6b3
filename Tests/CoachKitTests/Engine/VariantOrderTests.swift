import CoachKit
import Foundation
import Testing

/// Wordings used in turn, wrapping around, their place kept in the conversation state (issue 16,
/// item 1), beside wordings drawn at random.
@Suite struct VariantOrderTests {
    static let script = """
        {
          "formatVersion": 1, "id": "turns", "title": "Turns", "version": "1", "disclaimer": "A test.", "start": "pick",
          "intents": {"yes": {"keywords": ["yes"]}, "tired": {"keywords": ["tired"]}},
          "nodes": [
            {"id": "pick", "say": ["Ready?"], "ask": {"routes": [{"intent": "yes", "to": "feel"}],
              "reask": ["First wording?", "Second wording?", "Third wording?"], "reaskOrder": "inTurn",
              "fallback": {"after": 20, "to": "feel"}}},
            {"id": "feel", "say": ["How are you?"], "ask": {"save": "feeling", "acknowledge": [
              {"intent": "tired", "variants": ["Tired one.", "Tired two."], "order": "inTurn"}
            ]}, "next": "again"},
            {"id": "again", "say": ["Again?"], "ask": {"routes": [{"intent": "yes", "to": "feel"}], "fallback": {"to": "bye"}}},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """

    private func engine() throws -> Engine { try Engine(script: try TestScripts.load(Self.script).get()) }

    @Test func reaskWordingsComeInTurnAndWrapAround() throws {
        var conversation = Conversation(engine: try engine())
        var said: [String] = []
        for _ in 0..<4 {
            conversation.say("the weather")
            said.append(conversation.lastText)
        }
        #expect(said == ["First wording?", "Second wording?", "Third wording?", "First wording?"])
    }

    /// The place is kept per list and survives a round trip of the saved state.
    @Test func anAcknowledgementsPlaceIsKeptInTheSavedState() throws {
        let engine = try engine()
        var conversation = Conversation(engine: engine)
        conversation.say("yes")
        conversation.say("so tired")
        #expect(conversation.last.messages.first?.text == "Tired one.")
        let saved = try JSONEncoder().encode(conversation.state)
        let restored = try JSONDecoder().decode(ConversationState.self, from: saved)
        #expect(restored == conversation.state)
        var turn = try engine.respond(to: .reply("yes"), in: restored)
        turn = try engine.respond(to: .reply("tired again"), in: turn.state)
        #expect(turn.messages.first?.text == "Tired two.")
    }

    /// A state saved before wordings could come in turn has no places: every list starts at its first.
    @Test func aStateSavedWithoutPlacesStartsEveryListAtItsFirst() throws {
        var conversation = Conversation(engine: try engine())
        conversation.say("the weather")
        var object = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(conversation.state)) as? [String: Any])
        object["nextVariant"] = nil
        let state = try JSONDecoder().decode(
            ConversationState.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(state.nextVariant.isEmpty)
        let turn = try conversation.engine.respond(to: .reply("the weather"), in: state)
        #expect(turn.messages.map(\.text) == ["First wording?"])
    }

    @Test func anOrderNobodyKnowsIsReportedWithTheChoices() {
        let broken = Self.script.replacingOccurrences(of: #""reaskOrder": "inTurn""#, with: #""reaskOrder": "cycle""#)
        guard case .failure(let error) = TestScripts.load(broken) else {
            Issue.record("the script loaded")
            return
        }
        #expect(error.diagnostics.contains { $0.code == .invalidValue && $0.message.contains("'random' or 'inTurn'") })
    }
}
