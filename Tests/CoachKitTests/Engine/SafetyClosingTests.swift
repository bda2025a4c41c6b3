import CoachKit
import Foundation
import Testing

/// A conversation in which danger came up ends with the resources again, at its end node or
/// when the person leaves early; an ordinary one ends as the script says.
@Suite struct SafetyClosingTests {
    static let reminder = "One more thing before you go, because of what you shared earlier."

    /// The path of someone whose trust was broken, from its second question to the end.
    static let restOfTheHurtPath = [
        "Angry, and so tired", "Go for a long walk with my sister", "part of me wants to, part of me doesn't",
        "I keep replaying it",
    ]

    @Test func theEndRepeatsTheResourcesForWhatCameUp() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("he choked me last night")
        conversation.say("go on")
        for reply in Self.restOfTheHurtPath { conversation.say(reply) }
        #expect(conversation.last.isFinished)
        let texts = conversation.last.messages.map(\.text)
        let goodbye = try #require(texts.firstIndex { $0.contains("and of each other") })
        let reminder = try #require(texts.firstIndex(of: Self.reminder))
        #expect(goodbye < reminder, "the resources come after the script's goodbye")
        #expect(conversation.last.messages.last?.kind == .safety)
        #expect(conversation.lastText.contains("1-800-799-7233"))
        #expect(conversation.lastText.contains("findahelpline.com"))
    }

    @Test func anOrdinaryConversationEndsOnTheScriptsGoodbye() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        for reply in Self.restOfTheHurtPath { conversation.say(reply) }
        #expect(conversation.last.isFinished)
        #expect(conversation.last.messages.allSatisfy { $0.kind != .safety })
        #expect(conversation.engine.farewell(conversation.state).isEmpty)
    }

    @Test func leavingEarlyAfterDangerCameUpGetsTheResources() {
        var conversation = Conversation()
        conversation.say("I want to kill myself")
        conversation.say("go on")
        let farewell = conversation.engine.farewell(conversation.state)
        #expect(farewell.first?.text == Self.reminder)
        #expect(farewell.allSatisfy { $0.kind == .safety })
        #expect(farewell.contains { $0.text.contains("988") })
    }

    @Test func aCheckInAnsweredWithImFineStillCounts() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.say("I hate myself for what I did")
        conversation.say("no, I'm fine")
        #expect(conversation.state.safetyCategories == [.suicideOrSelfHarm])
        #expect(!conversation.engine.farewell(conversation.state).isEmpty)
    }

    @Test func everyCategoryThatCameUpGetsItsLinesOnce() throws {
        var conversation = Conversation()
        conversation.say("he choked me last night")
        conversation.say("go on")
        conversation.say("I want to kill myself")
        #expect(conversation.state.safetyCategories == [.physicalViolence, .suicideOrSelfHarm])
        let resources = try #require(
            conversation.engine.farewell(conversation.state).first { $0.text.contains("findahelpline") }?.text)
        #expect(resources.contains("1-800-799-7233"))
        #expect(resources.contains("116 123"))
        #expect(resources.components(separatedBy: "findahelpline.com").count == 2, "the shared lines appear once")
    }

    @Test func startingOverKeepsWhatWasLearntAboutSafety() {
        var conversation = Conversation()
        conversation.say("he choked me last night")
        conversation.say("go on")
        conversation.command(.restart)
        #expect(conversation.state.answers.isEmpty)
        #expect(conversation.state.safetyCategories == [.physicalViolence])
    }

    @Test func aStateSavedBeforeCategoriesWereKeptReadsAsNone() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        var fields = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(conversation.state)) as? [String: Any])
        fields["safetyCategories"] = nil
        fields["formatVersion"] = 1
        let old = try JSONDecoder().decode(ConversationState.self, from: try JSONSerialization.data(withJSONObject: fields))
        #expect(old.safetyCategories.isEmpty)
        #expect(old.answers == conversation.state.answers)
        #expect(old.phase == .awaitingReply(node: "hurt_feel"))
        let resaved = SavedSession(script: TestScripts.trust.script, scriptPath: nil, state: old)
        #expect(resaved.state.formatVersion == ConversationState.currentFormatVersion)
    }
}
