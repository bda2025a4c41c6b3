import Foundation
import Testing

/// The offer to continue a saved conversation, at a real (pseudo-)terminal: a reply typed at it
/// instead of an answer is kept and read, and danger typed there is heard at once.
@Suite(.serialized) struct ResumeOfferTests {
    /// A state folder holding a conversation stopped at "What are you feeling most right now?".
    private func unfinishedConversation() throws -> URL {
        let state = try CoachBinary.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("he cheated on me\r")
        terminal.waitFor("What are you feeling most right now?")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        return state
    }

    /// A chat started on an unfinished conversation, waiting at the offer to continue it.
    private func atTheOffer() throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(arguments: [], state: try unfinishedConversation())
        terminal.waitFor("Continue where you left off? [Y/n]")
        return terminal
    }

    private func quit(_ terminal: PseudoTerminal, sourceLocation: SourceLocation = #_sourceLocation) {
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0, sourceLocation: sourceLocation)
    }

    @Test func aReplyTypedAtTheOfferIsKeptAndReadAfterTheAnswer() throws {
        let terminal = try atTheOffer()
        terminal.type("so tired of all of it\r")
        terminal.waitFor("or start a new one (n)? [Y/n] ")
        #expect(terminal.screen.contains("I'll read what you wrote next"))
        terminal.type("y\r")
        terminal.waitFor("What is one small thing")
        let afterWelcome = try #require(terminal.screen.components(separatedBy: "Welcome back").last)
        #expect(afterWelcome.contains("You:   so tired of all of it"), "the kept reply is shown before its answer")
        terminal.type("/journal\r")
        terminal.waitFor("What you're feeling: \u{201C}so tired of all of it\u{201D}")
        quit(terminal)
    }

    @Test func aPlainNoStartsANewConversation() throws {
        let terminal = try atTheOffer()
        terminal.type("no\r")
        terminal.waitFor("You: ")
        terminal.type("/journal\r")
        terminal.waitFor("You: ")
        #expect(!terminal.screen.contains("he cheated on me\u{201D}"), "a new conversation has no answers yet")
        quit(terminal)
    }

    /// "No, I'm not safe" is no plain no to "continue?": the safety layer hears it first (found by review).
    @Test func aNoThatSpeaksOfDangerIsHeardFirst() throws {
        let terminal = try atTheOffer()
        terminal.type("no im not safe\r")
        terminal.waitFor("People you can reach")
        quit(terminal)
    }

    @Test func askingForANewOneAtTheSecondOfferStartsANewOne() throws {
        let terminal = try atTheOffer()
        terminal.type("hmm what\r")
        terminal.waitFor("or start a new one (n)? [Y/n] ")
        terminal.type("start over\r")
        terminal.waitFor("Were you the one who broke the trust")
        #expect(!terminal.screen.contains("Welcome back"))
        quit(terminal)
    }

    @Test func dangerTypedAtTheOfferIsAnsweredAtOnce() throws {
        let terminal = try atTheOffer()
        terminal.type("i just want to die\r")
        terminal.waitFor("People you can reach")
        #expect(terminal.screen.contains("Thank you for telling me."))
        #expect(!terminal.screen.contains("I'll read what you wrote next"))
        quit(terminal)
    }
}
