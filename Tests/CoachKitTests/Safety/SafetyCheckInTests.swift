import CoachKit
import Foundation
import Testing

/// A check-in asks one question whose yes and no are plain, and reads the answer the right way
/// round for that question; anything but a plain safe answer gets the resources.
@Suite struct SafetyCheckInTests {
    /// Starts a conversation, raises a check-in with `signal` at the open question "What are you
    /// feeling most right now?", then answers it. The check-in keeps the signal's reply to read as
    /// the answer when `keepsReply`.
    private func answer(_ reply: String, after signal: String, keepsReply: Bool = true) -> Conversation {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say(signal)
        #expect(
            conversation.state.phase
                == .awaitingSafetyCheckIn(
                    node: "hurt_feel", category: conversation.checkInCategory, pendingReply: keepsReply ? signal : nil))
        conversation.say(reply)
        return conversation
    }

    @Test(arguments: ["no", "not really", "idk", "not right now", "no im not", "i dont know", "nope", "maybe", "kind of"])
    func anythingButAPlainYesToAreYouSafeGetsTheResources(reply: String) {
        let conversation = answer(reply, after: "i'm scared of him")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("1-800-799-7233"), "\(reply)")
    }

    /// The reply that raised the check-in answered "What are you feeling most right now?": once
    /// the person says they are safe, it is saved as that answer, not asked for again.
    @Test(arguments: ["yes", "yes im safe", "yeah i'm ok", "i'm safe", "yes I am, thank you"])
    func aPlainYesToAreYouSafeGoesOnWithWhatWasSaid(reply: String) {
        let conversation = answer(reply, after: "i'm scared of him")
        #expect(conversation.state.answers["feelings"]?.text == "i'm scared of him", "\(reply)")
        #expect(conversation.state.phase == .awaitingReply(node: "hurt_care_q"), "\(reply)")
        #expect(conversation.lastText.contains("Let's go on from what you said."), "\(reply)")
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
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
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
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("988"), "\(reply)")
    }

    @Test(arguments: ["no", "no, I'm fine", "nope im ok", "no im not"])
    func aPlainNoToThoughtsOfEndingYourLifeGoesBackToTheQuestion(reply: String) {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect(conversation.state.phase == .awaitingReply(node: "hurt_feel"), "\(reply)")
        #expect(conversation.state.answers["feelings"] == nil, "words about wanting to die are never saved as an answer")
        #expect(conversation.lastText.contains("Let's go back to where we were."), "\(reply)")
    }

    /// "No, not like that": a no that goes on to say the words were about the other person or
    /// the relationship is a no, and the question is asked again.
    @Test(arguments: [
        "no not like that. i mean im done with him", "nah, i meant the marriage, not my life",
        "no. i want out of this relationship", "not like that, I'm finished with her",
    ])
    func aNoThatSaysTheWordsWereAboutThemIsANo(reply: String) {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect(conversation.state.phase == .awaitingReply(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains(conversation.engine.safety.data.responses.declinedCheckIn), "\(reply)")
    }

    /// An explanation that qualifies the no, hedges, or reaches past the relationship is not one.
    @Test(arguments: [
        "no. but i think about it", "no, i mean him. and everything else too", "no, not now. i mean him",
        "no. im done with him, maybe with all of it", "no i mean him. yes sometimes", "no. i mean im done with life",
    ])
    func aNoWhoseExplanationQualifiesItGetsTheResources(reply: String) {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("988"), "\(reply)")
    }

    /// An explanation that names him and then a plan, a means or a farewell explains nothing:
    /// only words known to explain may follow the no, and words of ending must be aimed at him.
    @Test(arguments: [
        "no i mean him, planning to end things", "no its about him, this is goodbye", "no, i mean him, i took a few extra pills",
        "no its him. im done", "no, about her. i wont be around much longer", "no i mean him, i wrote letters to everyone",
        "no, him, i have the rope ready", "no i meant my husband. im out",
        "no, i mean him and i mean him and i mean him and him too",
    ])
    func aNoThatNamesHimAndThenMoreGetsTheResources(reply: String) {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(conversation.lastText.contains("988"), "\(reply)")
    }

    /// A no that goes on about him means nothing safe where he may be the danger or the one in
    /// it: to "are you thinking about hurting someone?" or "is anyone in danger?", it is unclear.
    @Test(arguments: [
        ("no, i mean im done with him", "i keep thinking about hurting him", false),
        ("no, the kids are at his place this weekend", "he has the kids and said he'd do something stupid", true),
    ])
    func aNoAboutHimIsNotANoWhereHeMayBeInDanger(reply: String, signal: String, keepsReply: Bool) {
        let conversation = answer(reply, after: signal, keepsReply: keepsReply)
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"), "\(reply)")
        #expect(!conversation.lastText.contains(conversation.engine.safety.data.responses.declinedCheckIn), "\(reply)")
    }

    /// Living without him, being better for him gone, or pain is no explanation of a no to
    /// "are you having thoughts of ending your life?"; a negation that denies "my life" outright is.
    @Test(arguments: [
        ("no, i can't picture living without him", false), ("no, my wife would be happier without me", false),
        ("no, it's the pain of losing her", false), ("no, not my life, i meant the marriage", true),
    ])
    func whatANoMayGoOnToSay(reply: String, isANo: Bool) {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        #expect((conversation.state.phase == .awaitingReply(node: "hurt_feel")) == isANo, "\(reply)")
    }

    /// To "are you safe right now?" a yes that goes on about him is not read as a yes: he may be
    /// coming back.
    @Test func aYesToAreYouSafeThatGoesOnAboutHimIsNotAPlainYes() {
        let conversation = answer("yes. he's at his mom's with his brother", after: "i'm scared of him")
        #expect(conversation.state.phase == .awaitingSafetyChoice(node: "hurt_feel"))
    }

    /// An answer that is neither yes nor no gets the resources with a line that says why, not the
    /// acknowledgement that the person may be thinking of ending their life; a hedged yes does.
    @Test(arguments: [("idk", false), ("no im not, im just so tired of all of it", false), ("yes, sometimes", true)])
    func onlyAnAnswerThatSaysYesIsAcknowledgedAsDanger(reply: String, acknowledged: Bool) throws {
        let conversation = answer(reply, after: "i hate myself", keepsReply: false)
        let responses = conversation.engine.safety.data.responses
        let acknowledgement = try #require(responses.categories[.suicideOrSelfHarm]).acknowledgement
        #expect(conversation.lastText.contains(acknowledgement) == acknowledged, "\(reply)")
        #expect(conversation.lastText.contains(responses.unclearCheckInAnswer) == !acknowledged, "\(reply)")
        #expect(conversation.lastText.contains("988"), "\(reply)")
    }

    /// At a routed question the reply that raised the check-in is not routed (routes were not
    /// written for danger words): the question is asked again.
    @Test func aRoutedQuestionIsAskedAgainAfterACheckIn() {
        var conversation = Conversation()
        conversation.say("i'm scared of him, he cheated on me")
        guard case .awaitingSafetyCheckIn(node: "role", _, nil) = conversation.state.phase else {
            Issue.record("expected a check-in at role keeping no reply, got \(conversation.state.phase)")
            return
        }
        conversation.say("yes im safe")
        #expect(conversation.state.phase == .awaitingReply(node: "role"))
        #expect(conversation.lastText.contains("Were you the one who broke the trust"))
    }

    /// A check-in raised while the coach waits on a clarifying question holds no answer to keep:
    /// after a safe answer the question is asked again, as before.
    @Test func aCheckInDuringAClarificationKeepsNoReply() throws {
        var conversation = Conversation()
        conversation.say("i did something but he did worse")
        let clarifying = conversation.state.phase
        guard case .awaitingClarification = clarifying else {
            Issue.record("expected a clarifying question, got \(clarifying)")
            return
        }
        conversation.say("i'm scared of him")
        guard case .awaitingSafetyCheckIn(_, _, let pending) = conversation.state.phase else {
            Issue.record("expected a check-in, got \(conversation.state.phase)")
            return
        }
        #expect(pending == nil)
        conversation.say("yes im safe")
        #expect(conversation.lastText.contains("Let's go back to where we were."))
    }

    /// A saved check-in from before `pendingReply` existed still loads, with no reply to keep.
    @Test func aCheckInSavedWithoutAPendingReplyStillLoads() throws {
        let old = #"{"awaitingSafetyCheckIn":{"node":"hurt_feel","category":"physical_violence"}}"#
        let phase = try JSONDecoder().decode(Phase.self, from: Data(old.utf8))
        #expect(phase == .awaitingSafetyCheckIn(node: "hurt_feel", category: .physicalViolence, pendingReply: nil))
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
        if case .awaitingSafetyCheckIn(_, let category, _) = state.phase { return category }
        return .suicideOrSelfHarm
    }
}
