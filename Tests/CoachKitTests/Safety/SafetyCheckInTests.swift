import CoachKit
import Testing

/// A check-in asks one question whose yes and no are plain, and reads the answer the right way
/// round for that question; anything but a plain safe answer gets the resources.
@Suite struct SafetyCheckInTests {
    /// Starts a conversation, raises a check-in of `category` with `signal`, then answers it.
    private func answer(_ reply: String, after signal: String) -> Conversation {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say(signal)
        #expect(conversation.state.phase == .awaitingSafetyCheckIn(node: "hurt_feel", category: conversation.checkInCategory))
        conversation.say(reply)
        return conversation
    }

    @Test(arguments: ["no", "not really", "idk", "not right now", "no im not", "i dont know", "nope", "maybe", "kind of"])
    func anythingButAPlainYesToAreYouSafeGetsTheResources(reply: String) {
        let conversation = answer(reply, after: "i'm scared of him")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("1-800-799-7233"), "\(reply)")
    }

    @Test(arguments: ["yes", "yes im safe", "yeah i'm ok", "i'm safe", "yes I am, thank you"])
    func aPlainYesToAreYouSafeGoesBackToTheQuestion(reply: String) {
        let conversation = answer(reply, after: "i'm scared of him")
        #expect(conversation.node == "hurt_feel", "\(reply)")
        #expect(conversation.state.phase == .awaitingReply(node: "hurt_feel"), "\(reply)")
    }

    /// A yes or no that comes with more ("but he is coming back", "for now") is not a plain answer.
    @Test(arguments: ["yes but he is coming back", "safe but scared", "i'm fine for now", "yes he hurt me", "good question"])
    func aYesThatSaysMoreIsNotAPlainYes(reply: String) {
        let conversation = answer(reply, after: "i'm scared of him")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
    }

    @Test(arguments: [
        "i can't go on", "no but i want to disappear", "I don't see the point", "no, but I can't cope", "I can't promise",
    ])
    func aNoThatSaysMoreOrSignalsDangerIsNotAPlainNo(reply: String) {
        let conversation = answer(reply, after: "i hate myself")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
    }

    @Test(arguments: [
        ("go on, I'm not upset", true), ("keep going, I don't mind", true), ("I don't want to go on", false), ("stop", false),
    ])
    func goingOnAfterASafetyResponseReadsNegationWhereItIs(reply: String, goesOn: Bool) {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("he choked me last night")
        conversation.say(reply)
        #expect(
            (conversation.node == "hurt_feel" && conversation.state.phase == .awaitingReply(node: "hurt_feel")) == goesOn,
            "\(reply)")
    }

    @Test func theQuestionAboutSafetyIsOneQuestion() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("i'm scared of him")
        #expect(conversation.lastText.filter { $0 == "?" }.count == 1, "\(conversation.lastText)")
        #expect(conversation.lastText.contains("Are you safe right now?"))
    }

    @Test(arguments: ["idk", "not right now", "sometimes", "yes", "i think so", "not sure"])
    func toThoughtsOfEndingYourLifeAnythingButAPlainNoGetsTheResources(reply: String) {
        let conversation = answer(reply, after: "i hate myself")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("988"), "\(reply)")
    }

    @Test(arguments: ["no", "no, I'm fine", "nope im ok", "no im not"])
    func aPlainNoToThoughtsOfEndingYourLifeGoesBack(reply: String) {
        let conversation = answer(reply, after: "i hate myself")
        #expect(conversation.state.phase == .awaitingReply(node: "hurt_feel"), "\(reply)")
    }

    @Test func everySafetyResponseSaysHowToRemoveWhatCoachKeeps() {
        var conversation = Conversation()
        conversation.say("he choked me last night")
        #expect(conversation.lastText.contains("coach forget"))
    }
}

extension Conversation {
    /// The category of the check-in the conversation waits on (nil when it waits on none).
    fileprivate var checkInCategory: SafetyCategory {
        if case .awaitingSafetyCheckIn(_, let category) = state.phase { return category }
        return .suicideOrSelfHarm
    }
}
