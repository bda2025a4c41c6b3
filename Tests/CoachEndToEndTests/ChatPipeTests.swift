import Foundation
import Testing

/// `coach` driven through pipes, as `printf '...' | coach` would be.
@Suite struct ChatPipeTests {
    @Test func aPipedConversationPrintsCleanlyAndExitsZeroAtEndOfInput() throws {
        let result = try CoachBinary.run([], lines: ["I lied to her", "I lied about where I was", "yes"])
        #expect(result.status == 0)
        #expect(result.output.contains("Coach: Were you the one who broke the trust"))
        #expect(result.output.contains("You:   I lied to her"))
        #expect(result.output.contains("Do you feel an apology is needed here?"))
        #expect(result.output.contains("What do you think it cost them?"))
        #expect(!result.output.contains("\u{1B}["), "no escape codes when not a terminal")
        #expect(result.errors.isEmpty)
    }

    @Test func chatIsTheDefaultSubcommand() throws {
        let plain = try CoachBinary.run([], lines: ["he cheated on me"])
        let chat = try CoachBinary.run(["chat", "--seed", "1"], lines: ["he cheated on me"])
        #expect(plain.output.contains("What are you feeling most right now?"))
        #expect(chat.output.contains("What are you feeling most right now?"))
    }

    @Test(arguments: [40, 72])
    func messagesWrapToTheWidthAndKeepEveryWord(_ columns: Int) throws {
        let arguments = ["chat", "--seed", "7"]
        let narrow = try CoachBinary.run(arguments, input: Data("he cheated on me\n".utf8), columns: columns)
        let wide = try CoachBinary.run(arguments, lines: ["he cheated on me"])
        let lines = narrow.output.split(separator: "\n")
        #expect(lines.count > wide.output.split(separator: "\n").count, "narrow output wraps onto more lines")
        for line in lines {
            #expect(line.count <= columns, "too wide for \(columns) columns: \(line)")
        }
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        #expect(words(narrow.output) == words(wide.output), "wrapping loses or reorders no word")
    }

    @Test func slashCommandsWorkInPipes() throws {
        let result = try CoachBinary.run(
            [], lines: ["he cheated on me", "/where", "/back", "/journal", "/hepl", "/quit", "never read"])
        #expect(result.status == 0)
        #expect(result.output.contains("You're at: Your path (your trust was broken), step 1 of 3"))
        #expect(result.output.contains("Let's go back a step."))
        #expect(result.output.contains("Your journal is empty"))
        #expect(result.output.contains("I don't know the command /hepl. Did you mean /help?"))
        #expect(!result.output.contains("never read"))
    }

    /// Carriage returns at the end of a reply (a file with Windows line ends, a stuck key) are
    /// not part of it: the answer is kept without them and the saved chat replays (review F13).
    @Test func carriageReturnsEndingAReplyAreNotPartOfItAndTheChatReplays() throws {
        let state = try CoachBinary.temporaryFolder()
        let saved = state.appendingPathComponent("cr.transcript").path
        let input = "both\r\nI lied to her\r\r\r\n/journal\r\n/save \(saved)\r\n"
        let result = try CoachBinary.run([], input: Data(input.utf8), state: state)
        #expect(result.status == 0)
        #expect(result.output.contains("\u{201C}I lied to her\u{201D}"), "\(result.output)")
        #expect(!(try String(contentsOfFile: saved, encoding: .utf8)).contains("\r"))
        let replay = try CoachBinary.run(["replay", saved], lines: [], state: state)
        #expect(replay.status == 0, "\(replay.output)\(replay.errors)")
    }

    /// A piped chat cannot be asked whether to continue; it says what happens to the saved one.
    @Test func aPipedChatSaysItReplacesAnUnfinishedConversation() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["both", "I lied to her"], state: state)
        let next = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        #expect(
            next.output.contains(
                "An unfinished conversation from last time is saved. This chat's input is not a terminal, so it begins a new one, which replaces that one at its first answer; coach --resume continues it instead."
            ), "\(next.output)")
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("he cheated on me"), "the new conversation is the one kept")
        #expect(!resumed.output.contains("I lied to her"))
    }

    @Test func helpListsEveryCommand() throws {
        let result = try CoachBinary.run([], lines: ["/help"])
        for command in ["/help", "/back", "/restart", "/where", "/journal", "/resources", "/save", "/quit"] {
            #expect(result.output.contains(command), "\(command)")
        }
    }

    @Test func oddBytesNeverCrashAndEscapesAreNeverEchoedRaw() throws {
        var input = Data("he cheated \u{1B}[2J on me\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x00, 0x0A])
        input.append(Data(String(repeating: "x", count: 1_000_000).utf8))
        input.append(0x0A)
        let result = try CoachBinary.run([], input: input)
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}[2J"))
        #expect(result.output.contains("^[[2J"))
        #expect(result.output.contains("long message"))
    }

    @Test func aCrisisMessageGetsResourcesInThePipeToo() throws {
        let result = try CoachBinary.run([], lines: ["he cheated on me", "I want to kill myself", "go on"])
        #expect(result.output.contains("988"))
        #expect(result.output.contains("Samaritans"))
        #expect(result.output.contains("What are you feeling most right now?"))
    }

    @Test func aMissingScriptIsAClearErrorWithExitTwo() throws {
        let result = try CoachBinary.run(["no/such/script.json"])
        #expect(result.status == 2)
        #expect(result.errors.contains("no script at 'no/such/script.json'"))
    }

    @Test func aFolderInsteadOfAScriptIsAClearError() throws {
        let result = try CoachBinary.run([CoachBinary.repository.appendingPathComponent("Dialogue").path])
        #expect(result.status == 2)
        #expect(result.errors.contains("is a folder"))
    }

    @Test func aBrokenScriptReportsEveryProblemWithItsPlace() throws {
        let folder = try CoachBinary.temporaryFolder()
        let path = folder.appendingPathComponent("broken.json").path
        try """
        {"formatVersion": 1, "id": "x", "title": "X", "version": "1", "disclaimer": "d", "start": "a",
         "nodes": [{"id": "a", "say": ["hi"], "next": "bey"},
                   {"id": "bye", "say": ["bye"], "end": true, "colour": "red"}]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run([path])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(path):2:47: error[C011]: 'bey' is not a node; did you mean 'bye'?"))
        #expect(result.errors.contains("\(path):3:55: error[C004]: unknown field 'colour'"))
        #expect(result.errors.contains("\n                                                ^\n"), "a caret under the place")
        // NB: what follows from the missing node is a note on it, not an error and a warning more.
        #expect(result.errors.contains("  note: until this is fixed, node 'bye' cannot be reached"))
        #expect(result.errors.contains("\(path): 2 errors, 0 warnings"))
    }
}
