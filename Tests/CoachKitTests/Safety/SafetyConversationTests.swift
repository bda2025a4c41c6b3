import CoachKit
import Foundation
import Testing

/// The safety layer inside a conversation: before routing, at any node, never losing the place.
@Suite struct SafetyConversationTests {
    @Test func clearDangerGetsResourcesAtOnceThenTheChoiceToGoOn() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        let turn = conversation.say("he choked me last night")
        #expect(turn.events.contains(.safety(.urgent, .physicalViolence)))
        #expect(turn.messages.allSatisfy { $0.kind == .safety })
        #expect(conversation.lastText.contains("1-800-799-7233"))
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"))
        #expect(conversation.state.answers["role"] != nil)
        conversation.say("go on")
        #expect(conversation.node == "hurt_feel")
        #expect(conversation.lastText.contains("What are you feeling most right now?"))
    }

    /// Danger of one kind does not hide a sign of another in the same reply: being tracked is
    /// answered at once, with the crisis lines beside its own, and both are remembered.
    @Test func everyKindOfDangerInAReplyGetsItsResources() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("whats the point of anything now. he tracks my location on my phone")
        #expect(conversation.last.events.contains(.safety(.urgent, .stalkingOrControl)))
        #expect(conversation.lastText.contains("1-800-799-7233"), "the line for being tracked")
        #expect(conversation.lastText.contains("988"), "the crisis line")
        #expect(conversation.state.safetyCategories.contains(.suicideOrSelfHarm))
    }

    /// Danger of another kind in the answer to a check-in does not drop the question asked.
    @Test func aCheckInAnsweredWithAnotherDangerGetsTheResourcesForBoth() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("i hate myself")
        conversation.say("no, but he follows me everywhere and tracks my phone")
        #expect(conversation.last.events.contains(.safety(.urgent, .stalkingOrControl)))
        #expect(conversation.lastText.contains("1-800-799-7233"), "the line for being tracked")
        #expect(conversation.lastText.contains("988"), "the crisis line for the question asked")
    }

    @Test func choosingToStopEndsTheRunButKeepsThePlaceAndTheAnswers() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.say("I want to kill myself")
        conversation.say("stop")
        #expect(conversation.last.events.contains(.ended(.stoppedAfterSafetyResponse)))
        #expect(conversation.last.isFinished)
        #expect(conversation.state.phase == .stoppedAfterSafety(node: "broke_what"))
        #expect(conversation.state.answers["role"]?.text == "I cheated")
        #expect(throws: EngineError.conversationStopped) {
            try conversation.engine.respond(to: .reply("hello?"), in: conversation.state)
        }
    }

    @Test func aConversationStoppedAfterASafetyResponseResumesAtItsQuestion() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("he choked me last night")
        conversation.say("stop")
        let saved = SavedSession(script: TestScripts.trust.script, scriptPath: nil, state: conversation.state)
        let decoded = try JSONDecoder().decode(SavedSession.self, from: try JSONEncoder().encode(saved))
        #expect(decoded.fit(with: TestScripts.trust) == .resumable)

        let welcome = try conversation.engine.resume(decoded.state)
        #expect(welcome.messages.first?.text == "Welcome back. Here is where we were.")
        #expect(welcome.messages.last?.text == "What are you feeling most right now?")
        #expect(welcome.state.phase == .awaitingReply(node: "hurt_feel"))
        #expect(welcome.state.answers == conversation.state.answers)
        let next = try conversation.engine.respond(to: .reply("scared"), in: welcome.state)
        #expect(next.state.answers["feelings"]?.text == "scared")
        #expect(next.state.answers["role"]?.text == "he cheated on me")
        #expect(next.state.phase == .awaitingReply(node: "hurt_care_q"))
    }

    @Test func anUnclearSignalIsCheckedInOnAndANoReturnsToTheQuestion() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.say("I hate myself for what I did")
        #expect(conversation.state.phase == .awaitingSafetyCheckIn(node: "broke_what", category: .suicideOrSelfHarm))
        conversation.say("no, I'm fine")
        #expect(conversation.node == "broke_what")
        #expect(conversation.state.answers["what_happened"] == nil)
        #expect(conversation.lastText.contains("/resources"))
        // The subject is not closed for good: a new signal asks again.
        conversation.say("I feel worthless")
        #expect(conversation.state.phase == .awaitingSafetyCheckIn(node: "broke_what", category: .suicideOrSelfHarm))
        conversation.say("yes, sometimes")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "broke_what"))
        #expect(conversation.lastText.contains("988"))
    }

    /// A reply that also holds a weaker suicide signal is never kept, whatever the strongest
    /// signal's category (found by review).
    @Test func aReplyWithAnySuicideSignalIsNeverKept() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("he checks my phone every night and i feel dead inside")
        guard case .awaitingSafetyCheckIn(_, _, let pending) = conversation.state.phase else {
            Issue.record("expected a check-in, got \(conversation.state.phase)")
            return
        }
        #expect(pending == nil)
    }

    /// A check-in about someone else, raised at an open question, keeps the reply: after "yes
    /// I'm safe" it is the answer, and the person need not type it again.
    @Test func aCheckInAboutSomeoneElseAtAnOpenQuestionGoesOnWithTheReply() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.say("he checks my phone every night now and honestly I understand why")
        #expect(conversation.state.phase.node == "broke_what")
        conversation.say("yes I'm safe")
        #expect(
            conversation.state.answers["what_happened"]?.text
                == "he checks my phone every night now and honestly I understand why")
        #expect(conversation.node == "apology")
        #expect(conversation.lastText.contains("Let's go on from what you said."))
    }

    @Test func sayingYouAreNotSafeIsAYes() {
        var conversation = Conversation()
        conversation.say("I'm scared of him")
        conversation.say("I'm not safe")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "role"))
    }

    @Test func resourcesAreAvailableAtAnyTime() {
        var conversation = Conversation()
        let turn = conversation.command(.resources)
        #expect(turn.messages.first?.kind == .safety)
        #expect(conversation.lastText.contains("116 123"))
        #expect(conversation.node == "role")
    }

    @Test func classifyingAtAnyNodeReportsCrisis() throws {
        for node in ["role", "apology", "trust_again", "hurt_feel"] {
            let analysis = try TestScripts.trustEngine.analyze("he raped me", at: node)
            #expect(analysis.label == "crisis")
            #expect(analysis.safety?.category == .sexualAssault)
        }
    }
}
