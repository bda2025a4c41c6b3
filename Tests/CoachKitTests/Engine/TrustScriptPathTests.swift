import CoachKit
import Testing

/// Whole conversations through the default script, one per path, as a person would have them.
@Suite struct TrustScriptPathTests {
    @Test func openingSaysWhatCoachIsAndIsNotThenAsksWhoBrokeTheTrust() {
        let conversation = Conversation()
        let text = conversation.lastText
        #expect(text.contains("not a therapist"))
        #expect(text.contains("not for emergencies"))
        #expect(text.contains("What to do When Trust is Broken"))
        #expect(text.contains("Dr. S. Kay Webb"))
        #expect(text.contains("/help"))
        #expect(conversation.node == "role")
    }

    @Test func thePathForSomeoneWhoBrokeTheTrustWalksTheThreeStepsAndEndsWithTheirJournal() {
        var conversation = Conversation()
        conversation.say("ngl it was me, I lied to her about where I was")
        #expect(conversation.node == "broke_what")
        conversation.say("I lied to her about where I was for months")
        #expect(conversation.lastText.contains("Saying plainly that you lied to her about where you were for months"))
        #expect(conversation.node == "apology")
        conversation.say("yeah, I owe her that")
        #expect(conversation.node == "apology_reflect")
        conversation.say("She stopped feeling safe at home")
        #expect(conversation.node == "boundaries_q")
        conversation.say("Thirty minutes, then a break")
        #expect(conversation.node == "change_why")
        conversation.say("I was avoiding a hard conversation")
        #expect(conversation.node == "change_different")
        conversation.say("Tell her when I'm struggling")
        #expect(conversation.last.isFinished)
        let closing = conversation.lastText
        #expect(closing.contains("therapist or coach"))
        #expect(closing.contains("I was avoiding a hard conversation"))
        #expect(closing.contains("Tell her when I'm struggling"))
        // The article's books are for whoever broke the trust too.
        #expect(closing.contains("Rebuilding Trust"))
        #expect(conversation.reachedNodes.contains("goodbye"))
    }

    /// Choosing not to trust again is met with respect, not as holding on to hurt, and the end
    /// fits it: no books on restoring trust, no "take care of each other".
    @Test func notWantingToTrustAgainGetsAnEndingForThatChoice() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        conversation.say("done. just done")
        conversation.say("staying at my moms for a bit")
        conversation.say("no, I've already moved out")
        #expect(conversation.node == "trust_no_q")
        #expect(conversation.lastText.contains("Choosing not to trust again is allowed"))
        #expect(!conversation.lastText.contains("hold on to the hurt"))
        conversation.say("mostly relief honestly")
        #expect(conversation.last.isFinished)
        let ending = conversation.lastText
        #expect(!ending.contains("Rebuilding Trust") && !ending.contains("Restoring Trust"))
        #expect(ending.contains("grieving and healing"))
        #expect(!ending.contains("each other"))
        #expect(ending.contains("take good care of yourself"))
    }

    @Test func thePathForSomeoneWhoseTrustWasBrokenEndsWithTheArticlesBooks() {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        #expect(conversation.node == "hurt_feel")
        conversation.say("Angry, and so tired")
        conversation.say("Go for a long walk with my sister")
        #expect(conversation.node == "trust_again")
        conversation.say("part of me wants to, part of me doesn't")
        #expect(conversation.node == "trust_unsure_q")
        conversation.say("I keep replaying it")
        let text = conversation.lastText
        #expect(text.contains("Rebuilding Trust"))
        #expect(text.contains("Morgan Johnson"))
        #expect(text.contains("I Love You But I Don't Trust You"))
        #expect(text.contains("Mira Kirshenbaum"))
        #expect(conversation.last.isFinished)
    }

    @Test func bothSidesWalksYourPartFirstThenBridgesToTheHurt() {
        var conversation = Conversation()
        conversation.say("we both lied to each other")
        #expect(conversation.reachedNodes.contains("both_intro"))
        #expect(conversation.node == "broke_what")
        for reply in ["I hid my spending", "yes", "She felt fooled", "No shouting", "Fear", "Be open about money"] {
            conversation.say(reply)
        }
        #expect(conversation.reachedNodes.contains("bridge_to_hurt"))
        #expect(conversation.node == "hurt_feel")
    }

    @Test func anUnsurePersonIsAskedAgainAndLandsOnOnePath() {
        var conversation = Conversation()
        conversation.say("idk tbh")
        #expect(conversation.node == "role_unsure")
        conversation.say("still not sure")
        #expect(conversation.reachedNodes.contains("role_default"))
        #expect(conversation.node == "hurt_feel")
    }

    @Test func noApologyNeededIsHandledAsTheArticleDoesAndCanEndThere() {
        var conversation = Conversation()
        conversation.say("I cheated")
        conversation.say("I slept with someone else")
        conversation.say("I don't think I did anything wrong")
        #expect(conversation.node == "apology_no")
        #expect(conversation.lastText.contains("may not fit where you are"))
        conversation.say("no")
        #expect(conversation.last.isFinished)
        #expect(conversation.reachedNodes.last == "goodbye_early")
    }

    @Test func notWantingToTrustAgainIsMetWithTheArticlesAdvice() {
        var conversation = Conversation()
        conversation.say("my wife had an affair")
        conversation.say("betrayed")
        conversation.say("sleep")
        conversation.say("never again")
        #expect(conversation.lastText.contains("whether to leave the relationship"))
        #expect(conversation.node == "trust_no_q")
    }

    @Test func sayingYouWantToStopEndsKindlyAtAnyQuestion() {
        var conversation = Conversation()
        conversation.say("he lied to me")
        conversation.say("I want to stop")
        #expect(conversation.last.isFinished)
        #expect(conversation.reachedNodes.last == "goodbye_stop")
    }
}
