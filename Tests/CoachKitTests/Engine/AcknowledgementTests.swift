import CoachKit
import Testing

/// An open question acknowledges its answer before the coach moves on (`ask.acknowledge`), and
/// the trust script never praises a denial or labels a person.
@Suite struct AcknowledgementTests {
    static let script = """
        {
          "formatVersion": 1, "id": "ack", "title": "Ack", "version": "1", "disclaimer": "A test.", "start": "feel",
          "intents": {"tired": {"phrases": ["so tired of *3 >"]}, "angry": {"keywords": ["angry"]}},
          "nodes": [
            {"id": "feel", "say": ["How are you?"], "ask": {"save": "feeling", "acknowledge": [
              {"intent": "tired", "variants": "Tired of {{1}}: that sounds exhausting."},
              {"intent": "angry", "variants": ["Anger makes sense.", "That anger is worth hearing.", "Of course you're angry."]},
              {"variants": "Thank you for saying '{{answers.feeling}}'."}
            ]}, "next": "bye"},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """

    private func engine() throws -> Engine { try Engine(script: try TestScripts.load(Self.script).get()) }

    @Test func theRuleOfTheIntentHeardSpeaksBeforeTheNextNodeWithItsCapture() throws {
        var conversation = Conversation(engine: try engine())
        conversation.say("so tired of the lies")
        #expect(conversation.last.messages.map(\.text) == ["Tired of the lies: that sounds exhausting.", "Bye."])
        #expect(conversation.state.answers["feeling"]?.text == "so tired of the lies")
    }

    @Test func anAnswerNoRuleHearsGetsTheRuleWithoutAnIntentWithTheAnswerJustSaved() throws {
        var conversation = Conversation(engine: try engine())
        conversation.say("kind of relieved")
        #expect(conversation.last.messages.first?.text == "Thank you for saying 'kind of relieved'.")
    }

    /// One wording of several, by the conversation's seeded generator: the same seed the same
    /// wording, and every wording for some seed.
    @Test func aWordingIsChosenBySeed() throws {
        let engine = try engine()
        func wording(_ seed: UInt64) -> String? {
            var conversation = Conversation(engine: engine, seed: seed)
            conversation.say("so angry")
            return conversation.last.messages.first?.text
        }
        #expect(wording(5) == wording(5))
        #expect(Set((0..<40).compactMap(wording)).count == 3)
    }

    // MARK: the trust script

    private func afterBroke(_ reply: String) -> [String] {
        var conversation = Conversation()
        conversation.say("i was the one who broke the trust")
        conversation.say(reply)
        return conversation.last.messages.map(\.text)
    }

    /// Our own wordings of a denial: acknowledged honestly, never praised.
    @Test(arguments: [
        "nothing really, she overreacted", "i didnt do anything", "she says i cheated but i didnt", "nothing",
        "he is overreacting tbh", "it was not a big deal", "not my fault she read my texts",
    ])
    func aDenialIsNeverPraised(_ reply: String) throws {
        let said = try #require(afterBroke(reply).first)
        #expect(!said.contains("honesty") && !said.contains("Thank you for naming it"), "\(said)")
        #expect(said.contains("you don't see it as something you did wrong"))
    }

    /// Blaming, minimising, being accused: none is said back as honesty (red-team, this session).
    @Test(arguments: [
        "i cheated because she never pays attention to me", "i was accused of cheating", "i only lied once",
        "i may have flirted a little", "i cheated lol", "i got caught cheating", "nothing, she's crazy",
        "she cheated first so", "i dont think i did anything that bad", "i said i hate you", "i was cheated on",
        "i caught him cheating",
    ])
    func whatIsNotOwningItIsNeverPraised(_ reply: String) throws {
        let said = try #require(afterBroke(reply).first)
        #expect(!said.contains("honesty") && !said.contains("Saying plainly"), "\(said)")
    }

    @Test(arguments: [
        ("i was texting my ex and hiding it", "you were texting your ex and hiding it"),
        ("I had an affair with a coworker for six months", "you had an affair with a coworker for six months"),
        ("i stole money from him and hid it", "you stole money from him and hid it"),
    ])
    func anActOwnedInOneClauseIsSaidBack(_ reply: String, _ echo: String) throws {
        #expect(afterBroke(reply).first == "Thank you for naming it. Saying plainly that \(echo) takes honesty.")
    }

    /// A reply written to the partner ("i lied to you") is not said back as if to the coach.
    @Test func aReplyWrittenToThePartnerIsNotSaidBack() throws {
        #expect(afterBroke("i lied to you about the money").first == "Thank you for naming it.")
    }

    /// "I'm an alcoholic" is not said back as "you're an alcoholic"; a reply that does not read
    /// well when turned around is thanked without an echo.
    @Test(arguments: ["im an alcoholic and i hid it", "cheated", "idk", "ugh where do i even start, so much"])
    func whatWouldNotReadWellIsNotSaidBack(_ reply: String) throws {
        let said = try #require(afterBroke(reply).first)
        #expect(!said.contains("Saying plainly"), "\(said)")
        #expect(!said.lowercased().contains("alcoholic"))
    }

    /// Later answers of the broke path: taking any blame is not a boundary, blaming the partner is
    /// not praised, and not knowing yet is all right.
    @Test(arguments: [
        ("none, i deserve whatever she says", "doesn't mean you have to accept anything"),
        ("she was never there for me", "look at your own part"),
        ("honestly idk", "Not knowing why yet is common"),
        ("i wanted to feel in control", "Thank you for looking at that."),
    ])
    func laterAnswersOfTheBrokePathAreMetAsTheyAre(_ reply: String, _ heard: String) throws {
        var conversation = Conversation()
        for answer in ["i was the one who broke the trust", "i lied about money", "yes", "she stopped sleeping"] {
            conversation.say(answer)
        }
        if !reply.hasPrefix("none") { conversation.say("a pause word") }
        try #require(conversation.node == (reply.hasPrefix("none") ? "boundaries_q" : "change_why"))
        conversation.say(reply)
        #expect(conversation.last.messages.first?.text.contains(heard) == true, "\(conversation.lastText)")
        #expect(conversation.last.messages.first?.text.contains("honest") == false)
    }

    /// At the self-care question, what the person needs from their partner is not praised as
    /// self-care; a plan for themselves is.
    @Test(arguments: [
        ("he needs to stop lying to me", "This step is about you"),
        ("honestly i just want her to tell me the truth", "This step is about you"),
        ("a long walk with my sister", "That's a kind thing to do for yourself."),
        ("book a massage", "That's a kind thing to do for yourself."),
    ])
    func aSelfCareAnswerAboutThePartnerIsNotPraisedAsSelfCare(_ reply: String, _ heard: String) throws {
        let conversation = try acknowledgement(of: reply, after: ["he cheated on me", "sad"], at: "hurt_care_q", contains: heard)
        #expect(conversation.state.answers["self_care"]?.text == reply)
    }

    /// Someone who has already left is not answered as someone still weighing it.
    @Test(arguments: [
        ("i've already moved out tbh", "already changed"), ("we broke up last week", "already changed"),
        ("he left me in march", "already changed"), ("mostly sadness, and some relief", "Whatever comes up"),
    ])
    func havingLeftIsHeardAtTheQuestionAboutLeaving(_ reply: String, _ heard: String) throws {
        _ = try acknowledgement(
            of: reply, after: ["he cheated on me", "sad", "a long walk", "no"], at: "trust_no_q", contains: heard)
    }

    /// Answers `earlier` on the trust script, checks the chat stands at `node`, then answers
    /// `reply` and expects the first thing said to contain `heard`.
    private func acknowledgement(
        of reply: String, after earlier: [String], at node: String, contains heard: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Conversation {
        var conversation = Conversation()
        for answer in earlier { conversation.say(answer) }
        try #require(conversation.node == node, sourceLocation: sourceLocation)
        conversation.say(reply)
        let said = try #require(conversation.last.messages.first?.text, sourceLocation: sourceLocation)
        #expect(said.contains(heard), "\(said)", sourceLocation: sourceLocation)
        return conversation
    }

    /// The rawest moment, the first answer of the hurt path, is met before any teaching.
    @Test(arguments: [
        ("tired. so tired. this is the 3rd time", "happened before"), ("honestly just numb", "Numbness"),
        ("so angry i could scream", "Anger"), ("i feel like such an idiot", "foolish"), ("heartbroken", "sorry"),
        ("kind of relieved??", "Whatever you're feeling"), ("not angry just sad", "I'm sorry"), ("betrayed", "Betrayal"),
        ("it's my fault", "isn't your fault"), ("i still love him", "still love"), ("i feel nothing but rage", "Anger"),
    ])
    func theFirstAnswerOfTheHurtPathIsValidatedBeforeTeaching(_ reply: String, _ heard: String) throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say(reply)
        let said = conversation.last.messages.map(\.text)
        try #require(said.count >= 2)
        #expect(said[0].contains(heard), "\(said[0])")
        #expect(said[1].hasPrefix("It's very human to want to numb out"))
        #expect(conversation.state.answers["feelings"]?.text == reply)
    }
}
