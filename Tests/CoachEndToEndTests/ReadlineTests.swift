import Foundation
import Testing

/// The chat at a real (pseudo-)terminal: GNU readline's history, completion and Ctrl-C.
@Suite(.serialized) struct ReadlineTests {
    @Test func upArrowRecallsTheLastLineAndHistoryIsKeptPrivately() throws {
        // NB: by default the file keeps only commands (HistoryTests); the up arrow recalls answers
        // from this chat all the same.
        let state = try CoachBinary.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("he cheated on me\r")
        terminal.waitFor("What are you feeling most right now?")
        terminal.waitFor("You: ")
        terminal.type("\u{1B}[A")
        terminal.waitFor("he cheated on me")
        terminal.type("\r")
        terminal.waitFor("What is one small thing")
        terminal.type("/journal\r")
        terminal.waitFor("What you're feeling: \u{201C}he cheated on me\u{201D}")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        let history = state.appendingPathComponent("coach/history").path
        #expect(try String(contentsOfFile: history, encoding: .utf8) == "/journal\n/quit\n")
        #expect(try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int == 0o600)
        let folder = state.appendingPathComponent("coach").path
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
    }

    @Test func tabCompletesSlashCommands() throws {
        let terminal = try PseudoTerminal(arguments: [], state: try CoachBinary.temporaryFolder())
        terminal.waitFor("You: ")
        terminal.type("/wh\t")
        terminal.waitFor("/where")
        terminal.type("\r")
        terminal.waitFor("You're at:")
    }

    @Test func ctrlCClearsTheLineAndOnAnEmptyLineQuits() throws {
        let terminal = try PseudoTerminal(arguments: [], state: try CoachBinary.temporaryFolder())
        terminal.waitFor("You: ")
        terminal.type("half a thought")
        terminal.waitFor("half a thought")
        terminal.type("\u{03}")
        terminal.waitFor("You: ")
        terminal.type("he cheated on me\r")
        terminal.waitFor("What are you feeling most right now?")
        #expect(!terminal.screen.contains("I'm not sure I understood"), "the cleared text must not be sent")
        terminal.waitFor("You: ")
        terminal.type("\u{03}")
        terminal.waitFor("Goodbye for now")
        #expect(terminal.exitStatus() == 0)
    }

    @Test func ctrlDQuitsCleanly() throws {
        let terminal = try PseudoTerminal(arguments: [], state: try CoachBinary.temporaryFolder())
        terminal.waitFor("You: ")
        terminal.type("\u{04}")
        terminal.waitFor("Goodbye for now")
        #expect(terminal.exitStatus() == 0)
    }

    /// A paragraph pasted at the terminal (readline's bracketed paste) is one reply, kept whole,
    /// shown once, and the conversation resumes after it (review F1, at a terminal as it was found).
    @Test func aPastedParagraphIsOneReplyAndTheChatResumes() throws {
        let state = try CoachBinary.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("he cheated on me\r")
        terminal.waitFor("What are you feeling most right now?")
        // NB: the prompt is drawn once readline has the terminal; a paste sent before it would be
        // echoed by the terminal itself as well.
        terminal.waitFor("You: ")
        terminal.type("\u{1B}[200~numb mostly\nand tired, sleep will not come\u{1B}[201~\r")
        terminal.waitFor("What is one small thing")
        // NB: readline redraws a pasted text when it stops highlighting it, and with a line
        // break in it, redrew its first line a second time beside itself.
        #expect(terminal.screen.components(separatedBy: "numb mostly").count == 2, "shown once: \(terminal.screen)")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("Welcome back"), "\(resumed.output)")
        #expect(
            resumed.output.contains("\u{201C}numb mostly\n       and tired, sleep will not come\u{201D}"), "\(resumed.output)")
    }

    /// A chat opened at a terminal while another chat holds the conversation is told so, saves
    /// nothing, and leaves the other chat's place as it was (review F3, at a terminal).
    @Test func aSecondChatAtATerminalIsToldAndTouchesNothing() throws {
        let state = try CoachBinary.temporaryFolder()
        let first = try LiveProcess(arguments: ["--seed", "4"], state: state)
        first.waitFor("Were you the one who broke the trust")
        first.send("he cheated on me")
        first.waitFor("What are you feeling most right now?")
        let second = try PseudoTerminal(arguments: [], state: state)
        second.waitFor("This conversation is open in another Coach window")
        second.waitFor("You: ")
        second.type("i was the one who lied\r")
        second.waitFor("what did you do that broke the trust?")
        second.type("/quit\r")
        #expect(second.exitStatus() == 0)
        first.send("numb")
        first.waitFor("What is one small thing")
        _ = first.end(with: SIGKILL)
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("\u{201C}he cheated on me\u{201D}"), "\(resumed.output)")
        #expect(resumed.output.contains("\u{201C}numb\u{201D}"))
        #expect(!resumed.output.contains("i was the one who lied"))
    }
}

/// `/reload` while an author edits the script in another window.
@Suite struct ReloadTests {
    @Test func reloadPicksUpAnEditAndKeepsThePlace() throws {
        let folder = try CoachBinary.temporaryFolder()
        let script = folder.appendingPathComponent("draft.json")
        let draft = """
            {"formatVersion": 1, "id": "draft", "title": "Draft", "version": "1", "disclaimer": "d", "start": "name",
             "nodes": [{"id": "name", "say": ["What's your name?"], "ask": {"save": "name"}, "next": "mood"},
                       {"id": "mood", "say": ["How are you, {{raw.name}}?"], "ask": {"save": "mood"}, "next": "bye"},
                       {"id": "bye", "say": ["Bye."], "end": true}]}
            """
        try draft.write(to: script, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: [script.path], state: folder)
        terminal.waitFor("What's your name?")
        terminal.type("Sam\r")
        terminal.waitFor("How are you, Sam?")
        try draft.replacingOccurrences(of: "Bye.", with: "Goodbye, {{raw.name}}!")
            .replacingOccurrences(of: "How are you, {{raw.name}}?", with: "And how do you feel today, {{raw.name}}?")
            .write(to: script, atomically: true, encoding: .utf8)
        terminal.type("/reload\r")
        terminal.waitFor("we carry on from")
        terminal.waitFor("And how do you feel today, Sam?")
        terminal.type("fine\r")
        terminal.waitFor("Goodbye, Sam!")
        // At a terminal the end asks whether to keep the journal.
        terminal.waitFor("[y/N] ")
        terminal.type("n\r")
        #expect(terminal.exitStatus() == 0)
    }
}
