import Foundation
import CoachKit
import Testing

@Suite struct EngineTests {
    @Test func anEmptyReplyReasksWithoutCountingAsAMiss() {
        var conversation = Conversation()
        conversation.say("   ")
        #expect(conversation.node == "role")
        #expect(conversation.state.misses == 0)
        #expect(conversation.lastText.contains("Take your time"))
    }

    @Test func aReplyThatMatchesNothingIsReaskedInOtherWordsThenFallsBack() {
        var conversation = Conversation()
        conversation.say("the weather is nice")
        #expect(conversation.node == "role")
        #expect(conversation.state.misses == 1)
        #expect(conversation.last.events.contains(.fellBack(misses: 1)))
        conversation.say("purple elephants")
        #expect(conversation.node == "role_unsure")
    }

    @Test func reaskWordingIsTheSameForTheSameSeed() {
        var first = Conversation(seed: 99)
        var second = Conversation(seed: 99)
        first.say("the weather is nice")
        second.say("the weather is nice")
        #expect(first.lastText == second.lastText)
    }

    @Test func aCloseCallAsksTheAuthoredClarifyingQuestionThenRoutes() {
        var conversation = Conversation()
        conversation.say("i did something but he did worse")
        guard case .awaitingClarification(_, let candidates, _) = conversation.state.phase else {
            Issue.record("expected a clarifying question, got \(conversation.state.phase)")
            return
        }
        #expect(Set(candidates) == ["broke", "hurt"])
        conversation.say("something I did")
        #expect(conversation.node == "broke_what")
        #expect(conversation.state.answers["role"]?.text == "i did something but he did worse")
        #expect(conversation.state.answers["role"]?.intent == "broke")
    }

    @Test func theAnswerToAClarifyingQuestionMayNameAnyRouteOfTheNode() {
        var conversation = Conversation()
        conversation.say("i did something but he did worse")
        conversation.say("both, honestly")
        #expect(conversation.reachedNodes.contains("both_intro"))
        #expect(conversation.state.answers["role"]?.intent == "both")
    }

    @Test func backReturnsToThePreviousQuestionAndForgetsItsAnswer() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("numb")
        #expect(conversation.state.answers["feelings"] != nil)
        conversation.command(.back)
        #expect(conversation.node == "hurt_feel")
        #expect(conversation.state.answers["feelings"] == nil)
        conversation.command(.back)
        #expect(conversation.node == "role")
        conversation.command(.back)
        #expect(conversation.lastText.contains("nothing to go back to"))
    }

    @Test func restartBeginsAgainWithNoAnswers() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("numb")
        conversation.command(.restart)
        #expect(conversation.node == "role")
        #expect(conversation.state.answers.isEmpty)
        #expect(conversation.state.history.isEmpty)
    }

    @Test func whereNamesThePathAndStep() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.command(.where)
        #expect(conversation.lastText.contains("you broke the trust"))
        #expect(conversation.lastText.contains("step 1 of 3"))
    }

    @Test func journalListsAnswersInOrderWithTheirLabels() {
        var conversation = Conversation()
        conversation.command(.journal)
        #expect(conversation.lastText.contains("empty"))
        conversation.say("he cheated on me")
        conversation.say("numb and angry")
        conversation.command(.journal)
        let journal = conversation.lastText
        #expect(journal.contains("Who broke the trust: \u{201C}he cheated on me\u{201D}"))
        #expect(journal.contains("What you're feeling: \u{201C}numb and angry\u{201D}"))
    }

    @Test func aReplyAfterTheEndIsRefusedWithAnErrorNamingWhatStillWorks() throws {
        var finished = Conversation().state
        finished.phase = .finished(.reachedEnd)
        #expect(throws: EngineError.conversationFinished) {
            try TestScripts.trustEngine.respond(to: .reply("hello?"), in: finished)
        }
        #expect(EngineError.conversationFinished.description.contains("/restart"))
    }

    /// A saved state can hold any number; counters at their limit stay there (F19 of the
    /// reliability review: an overflow crashed every resume).
    @Test func countersAtTheirLimitDoNotOverflow() throws {
        var state = Conversation().state
        state.turn = .max
        state.misses = .max
        let turn = try TestScripts.trustEngine.respond(to: .reply("qwerty zxcv"), in: state)
        #expect(turn.state.turn == .max)
        // As many misses as can be is enough of them: the conversation moves on past the question.
        #expect(turn.events.contains(.fellBack(misses: .max)))
        #expect(turn.state.misses == 0)
    }

    /// The way back is bounded, so a looping script's state stays small.
    @Test func theWayBackKeepsTheLastHundredQuestions() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        var state = conversation.state
        let snapshot = try #require(state.history.last)
        state.history = Array(repeating: snapshot, count: ConversationState.historyLimit)
        let turn = try TestScripts.trustEngine.respond(to: .reply("numb"), in: state)
        #expect(turn.state.history.count == ConversationState.historyLimit)
        #expect(turn.state.history.last?.phase == .awaitingReply(node: "hurt_feel"))
    }

    /// "I want to stop" mid-way is leaving for now, not the end: the place and the answers stay.
    @Test func leavingBeforeTheEndKeepsThePlaceToComeBackTo() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("I want to stop")
        #expect(conversation.state.phase == .left(node: "hurt_feel"))
        #expect(conversation.state.phase.isOver)
        #expect(conversation.lastText.contains("Your place is kept"))
        #expect(throws: EngineError.conversationStopped) {
            try TestScripts.trustEngine.respond(to: .reply("hello?"), in: conversation.state)
        }
        let back = try TestScripts.trustEngine.resume(conversation.state)
        #expect(back.messages.last?.text == "What are you feeling most right now?")
        #expect(back.state.phase == .awaitingReply(node: "hurt_feel"))
        #expect(back.state.answers["role"]?.text == "he cheated on me")
    }

    @Test func aStateFromAnotherScriptIsRefusedNotCrashedOn() {
        var state = Conversation().state
        state.phase = .awaitingReply(node: "no_such_node")
        #expect(throws: EngineError.unknownNode("no_such_node")) {
            try TestScripts.trustEngine.respond(to: .reply("yes"), in: state)
        }
    }

    @Test func aVeryLongReplyIsReadUpToTheLimitAndSaysSo() {
        var conversation = Conversation()
        conversation.say("he cheated on me " + String(repeating: "and i keep thinking about it ", count: 40_000))
        #expect(conversation.node == "hurt_feel")
        #expect(conversation.turns[1].messages.first?.text.contains("long message") == true)
    }

    @Test(arguments: ["\u{0}\u{1B}[31m", "\u{FFFD}\u{FFFD}", "😢😢😢", "\n\n\t", String(repeating: "!", count: 5000)])
    func oddInputNeverCrashesAndAlwaysAnswers(_ reply: String) {
        var conversation = Conversation()
        let turn = conversation.say(reply)
        #expect(!turn.messages.isEmpty)
        #expect(conversation.node != nil)
    }

    @Test func stateRoundTripsThroughCodable() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("numb")
        let data = try JSONEncoder().encode(conversation.state)
        let decoded = try JSONDecoder().decode(ConversationState.self, from: data)
        #expect(decoded == conversation.state)
    }
}
