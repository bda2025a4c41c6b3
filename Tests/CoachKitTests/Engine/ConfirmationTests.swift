import CoachKit
import Foundation
import Testing

/// When the learned weights think a reply may mean leaving but no phrase of `end` says so, the
/// coach asks first, and a "no" loses nothing.
@Suite struct ConfirmationTests {
    private func atFeelings() -> Conversation {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        return conversation
    }

    @Test func aPossibleGoodbyeIsAskedAboutAndNoKeepsTheQuestion() {
        var conversation = atFeelings()
        conversation.say("im gonna log out")
        guard case .awaitingConfirmation(let node, let intent) = conversation.state.phase else {
            Issue.record("expected a confirmation, got \(conversation.state.phase)")
            return
        }
        #expect(node == "hurt_feel")
        #expect(intent == "end")
        #expect(conversation.lastText.contains("Shall we stop here?"))
        #expect(conversation.state.answers["feelings"] == nil)
        conversation.say("no")
        #expect(conversation.node == "hurt_feel")
        #expect(!conversation.last.isFinished)
        conversation.say("numb")
        #expect(conversation.state.answers["feelings"]?.text == "numb")
    }

    @Test func yesEndsTheChat() {
        var conversation = atFeelings()
        conversation.say("im gonna log out")
        conversation.say("yes")
        #expect(conversation.last.isFinished)
    }

    @Test func anAnswerInsteadOfYesOrNoIsTakenAsTheAnswer() {
        var conversation = atFeelings()
        conversation.say("im gonna log out")
        conversation.say("actually, mostly numb and angry")
        #expect(conversation.state.answers["feelings"]?.text == "actually, mostly numb and angry")
    }

    /// Without a `confirm` question on the route, the coach never ends on a guess: the reply is
    /// an ordinary answer.
    @Test func withoutAConfirmQuestionTheReplyIsKeptAsTheAnswer() throws {
        let script = try TestScripts.trust { object in
            var routes = try #require(object["globalRoutes"] as? [[String: Any]])
            for index in routes.indices { routes[index]["confirm"] = nil }
            object["globalRoutes"] = routes
        }
        let engine = try Engine(script: script)
        var conversation = Conversation(engine: engine)
        conversation.say("he cheated on me")
        conversation.say("im gonna log out")
        #expect(!conversation.last.isFinished)
        #expect(conversation.state.answers["feelings"]?.text == "im gonna log out")
    }

    @Test func aPhraseOfEndStillEndsAtOnce() {
        var conversation = atFeelings()
        conversation.say("gotta go")
        #expect(conversation.last.isFinished)
    }
}
