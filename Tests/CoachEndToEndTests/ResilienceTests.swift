import Foundation
import Testing

/// Never lose a word: kills, resumes, signals, failing disks, and forgetting on request.
@Suite struct ResilienceTests {
    static let answers = ["he cheated on me", "numb", "long walks", "part of me wants to, part of me doesn't"]
    static let nextQuestions = [
        "What are you feeling most right now?", "What is one small thing you could do this week",
        "do you really want to trust this person again?", "What makes it hard to decide?",
    ]

    /// A two-node script, "A short talk": one open question, then the end.
    static func shortScript(in folder: URL) throws -> URL {
        let script = folder.appendingPathComponent("short.json")
        try """
        {"formatVersion": 1, "id": "short", "title": "A short talk", "version": "1", "disclaimer": "d", "start": "one",
         "nodes": [{"id": "one", "say": ["First?"], "ask": {"save": "a"}, "next": "end"},
                   {"id": "end", "say": ["Bye."], "end": true}]}
        """.write(to: script, atomically: true, encoding: .utf8)
        return script
    }

    @Test(arguments: 1...3)
    func aChatKilledAfterATurnResumesWithNothingLost(_ turns: Int) throws {
        let state = try CoachBinary.temporaryFolder()
        let transcript = state.appendingPathComponent("chat.transcript").path
        let chat = try LiveProcess(arguments: ["--transcript", transcript, "--seed", "4"], state: state)
        chat.waitFor("Were you the one who broke the trust")
        for turn in 0..<turns {
            chat.send(Self.answers[turn])
            chat.waitFor(Self.nextQuestions[turn])
        }
        _ = chat.end(with: SIGKILL)
        let recorded = try String(contentsOfFile: transcript, encoding: .utf8)
        for answer in Self.answers.prefix(turns) { #expect(recorded.contains("you: \(answer)")) }
        let store = StoreFile(state: state)
        #expect(try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int == 0o600)
        #expect(try store.state(of: "trust-is-broken") != nil)

        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal", Self.answers[turns]], state: state)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains(Self.nextQuestions[turns - 1]))
        for answer in Self.answers.prefix(turns).dropFirst() { #expect(resumed.output.contains("\u{201C}\(answer)\u{201D}")) }
        #expect(resumed.output.contains(Self.nextQuestions[turns]))
    }

    @Test func sigtermEndsTheChatWithTheConversationSaved() throws {
        let state = try CoachBinary.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("he cheated on me\r")
        terminal.waitFor("What are you feeling most right now?")
        kill(terminal.pid, SIGTERM)
        #expect(terminal.exitStatus() == 128 + SIGTERM)
        let resumed = try CoachBinary.run(["--resume"], lines: [], state: state)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains("What are you feeling most right now?"))
    }

    @Test func aFinishedConversationLeavesNothingToResume() throws {
        let state = try CoachBinary.temporaryFolder()
        let script = try Self.shortScript(in: state)
        _ = try CoachBinary.run([script.path], lines: ["an answer"], state: state)
        let resumed = try CoachBinary.run([script.path, "--resume"], lines: [], state: state)
        #expect(resumed.output.contains("There is no unfinished conversation to resume"))
    }

    /// A saved state whose counters are at the largest number a store can hold resumes and
    /// goes on (review F19: an arithmetic overflow crashed the chat at every resume).
    @Test func aSavedStateWithCountersAtTheirLimitResumes() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let largest = String(Int64.max)
        try StoreFile(state: state).query(
            "UPDATE conversation SET state = json_set(state, '$.state.turn', \(largest), '$.state.misses', \(largest), '$.state.safetyCheckInsDeclined', \(largest))"
        )
        let saved = try #require(try StoreFile(state: state).state(of: "trust-is-broken"))
        #expect(saved.contains("\"turn\":\(largest)"), "\(saved)")
        let resumed = try CoachBinary.run(["--resume"], lines: ["numb", "i don't know", "call my sister"], state: state)
        #expect(resumed.status == 0, "\(resumed.errors)")
        #expect(resumed.output.contains("Welcome back"), "\(resumed.output)")
        #expect(resumed.output.contains("What is one small thing you could do this week"), "\(resumed.output)")
    }

    /// Leaving mid-way ("I need to stop for today") keeps the place for next time.
    @Test func aConversationLeftMidWayResumesWhereItWas() throws {
        let state = try CoachBinary.temporaryFolder()
        let left = try CoachBinary.run([], lines: ["he lied to me", "i need to stop for today, kids are home"], state: state)
        #expect(left.output.contains("Your place is kept"))
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains("What are you feeling most right now?"))
        #expect(resumed.output.contains("\u{201C}he lied to me\u{201D}"))
    }

    /// Two chats on one conversation would overwrite each other: the second is told, and talks
    /// without saving; `coach forget` refuses while a chat runs (reliability review F3).
    @Test func aConversationOpenInAnotherWindowIsNotTouched() throws {
        let state = try CoachBinary.temporaryFolder()
        let first = try LiveProcess(arguments: ["--seed", "4"], state: state)
        first.waitFor("Were you the one who broke the trust")
        first.send("he cheated on me")
        first.waitFor("What are you feeling most right now?")
        // The second chat is a whole conversation of its own, to its end, saving nothing.
        let second = try CoachBinary.run(
            ["--resume"],
            lines: [
                "i was the one who lied", "I was hiding messages from my ex", "yes", "he doubts everything I say",
                "we talk for half an hour at most", "I felt lonely and kept quiet", "tell him when I feel far away",
            ], state: state)
        let said = second.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("This conversation is open in another Coach window"))
        #expect(second.status == 0, "\(second.errors)")
        #expect(said.contains("Thank you for talking with me."), "it reaches the end: \(said)")
        #expect(!said.contains("Could not save") && second.errors.isEmpty, "a chat that saves nothing never tries to")
        let forget = try CoachBinary.run(["forget", "--yes"], lines: [], state: state)
        #expect(forget.status == 1)
        #expect(forget.output.contains("A Coach chat is running"))
        // The first chat's place is untouched: it goes on where it was.
        first.send("numb")
        first.waitFor("What is one small thing")
        _ = first.end(with: SIGKILL)
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("\u{201C}he cheated on me\u{201D}"))
        #expect(!resumed.output.contains("i was the one who lied"))
        #expect(try CoachBinary.run(["forget", "--yes"], lines: [], state: state).status == 0)
    }

    /// While `coach forget` asks, a chat that starts is told and saves nothing, so nothing is
    /// deleted from under it (found by review).
    @Test func aChatStartedWhileForgetAsksSavesNothing() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let forget = try LiveProcess(arguments: ["forget"], state: state)
        forget.waitFor("Type yes to confirm")
        let chat = try CoachBinary.run([], lines: ["both"], state: state)
        #expect(chat.output.contains("coach forget is deleting what Coach keeps"))
        forget.send("yes")
        forget.waitFor("deleted sessions")
        #expect(forget.end(with: SIGKILL) >= 0)
        #expect(!FileManager.default.fileExists(atPath: StoreFile(state: state).path))
    }

    /// `coach journal` shares the store's lock as a chat does, so while `coach forget` asks it
    /// is refused rather than reading a store about to be deleted.
    @Test func journalWhileForgetAsksIsRefused() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let forget = try LiveProcess(arguments: ["forget"], state: state)
        forget.waitFor("Type yes to confirm")
        let journal = try CoachBinary.run(["journal"], lines: [], state: state)
        #expect(journal.status == 1)
        #expect(journal.output.contains("coach forget is deleting what Coach keeps"), "\(journal.output)")
        #expect(forget.end(with: SIGKILL) >= 0)
        #expect(try CoachBinary.run(["journal"], lines: [], state: state).status == 0)
    }

    /// `/save` in a resumed chat writes the whole conversation, read back from the store (the
    /// chat holds no turns in memory), and it replays.
    @Test func saveAfterResumingWritesTheWholeConversation() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let saved = state.appendingPathComponent("whole.transcript").path
        _ = try CoachBinary.run(["--resume"], lines: ["numb", "/save \(saved)"], state: state)
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("you: he cheated on me") && text.contains("you: numb"), "\(text)")
        #expect(try CoachBinary.run(["replay", saved], lines: [], state: state).status == 0)
    }

    /// A pasted paragraph is a reply like any other, and the conversation resumes after it.
    @Test func aReplyOfSeveralLinesIsKeptAndTheChatResumes() throws {
        let state = try CoachBinary.temporaryFolder()
        let store = StoreFile(state: state)
        _ = try CoachBinary.run([], lines: ["both"], state: state)
        // What readline's bracketed paste hands over: one reply with a line break in it.
        let recorded = try store.transcript(of: "trust-is-broken") + "you: I lied to her.\n    Note: I also hid my phone\n"
        try store.setTranscript(of: "trust-is-broken", to: recorded)
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains("\u{201C}both\u{201D}"))
    }

    /// A saved conversation that cannot be read is explained and kept, never overwritten.
    @Test func anUnreadableSavedConversationIsKeptAsideAndSaidSo() throws {
        let state = try CoachBinary.temporaryFolder()
        let store = StoreFile(state: state)
        _ = try CoachBinary.run([], lines: ["both", "I lied to her"], state: state)
        let damaged = try store.transcript(of: "trust-is-broken") + "this line is no transcript line\n"
        try store.setTranscript(of: "trust-is-broken", to: damaged)
        let resumed = try CoachBinary.run(["--resume"], lines: ["he cheated on me"], state: state)
        // NB: the notice names long paths, so it wraps wherever they end.
        let said = resumed.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("The saved conversation cannot be continued"))
        #expect(said.contains("Nothing is deleted: it is kept as"))
        let kept = try store.conversations().filter { $0.hasPrefix("trust-is-broken.unreadable-") }
        #expect(kept.count == 1, "\(kept)")
        #expect(try kept.first.map { try store.transcript(of: $0) } == damaged)
        // The new conversation is saved beside it, under the script's own id.
        #expect(try store.transcript(of: "trust-is-broken").contains("you: he cheated on me"))
    }

    /// A store that cannot be opened at all (here every open of it is refused) is said, is not
    /// called "no unfinished conversation", and is left as it was for a later chat to resume.
    @Test func aStoreThatCannotBeOpenedIsSaidAndLeftForLater() throws {
        try #require(FileManager.default.isExecutableFile(atPath: KillAtEverySyscallTests.strace), "strace is needed")
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["both", "I lied to her"], state: state)
        let store = StoreFile(state: state)
        let refused = try CoachBinary.run(
            ["--resume"], lines: ["he cheated on me"], state: state,
            under: [
                KillAtEverySyscallTests.strace, "-f", "-qq", "-o", "/dev/null", "-P", store.path, "-e", "trace=openat",
                "-e", "inject=openat:error=EACCES",
            ])
        #expect(refused.status == 0)
        #expect(refused.errors.contains("cannot open the saved conversations"), "\(refused.errors)")
        #expect(refused.errors.contains("this chat goes on without saving"))
        #expect(!refused.output.contains("There is no unfinished conversation"))
        let later = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(later.output.contains("I lied to her"), "the conversation is still there to resume")
    }

    /// A conversation saved by a Coach from before the database (two files) is moved into it
    /// and resumes, and the old files are gone.
    @Test func aConversationSavedInTheOldTwoFilesResumes() throws {
        let state = try CoachBinary.temporaryFolder()
        let store = StoreFile(state: state)
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let sessions = state.appendingPathComponent("coach/sessions")
        let oldState = try #require(try store.state(of: "trust-is-broken"))
        try oldState.write(to: sessions.appendingPathComponent("trust-is-broken.json"), atomically: true, encoding: .utf8)
        try store.transcript(of: "trust-is-broken").write(
            to: sessions.appendingPathComponent("trust-is-broken.transcript"), atomically: true, encoding: .utf8)
        try store.query("DELETE FROM conversation")
        try store.query("DELETE FROM transcript")
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains("\u{201C}he cheated on me\u{201D}"))
        #expect(!FileManager.default.fileExists(atPath: sessions.appendingPathComponent("trust-is-broken.json").path))
        #expect(try store.transcript(of: "trust-is-broken").contains("you: he cheated on me"))
    }

    /// Old files planted as links (to someone else's saved conversation, say) are never read
    /// into the database: nothing is resumed from them, and what they point to is left as it is.
    @Test func oldTwoFilesThatAreLinksAreNeverImported() throws {
        let state = try CoachBinary.temporaryFolder()
        let store = StoreFile(state: state)
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let sessions = state.appendingPathComponent("coach/sessions")
        let elsewhere = state.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let oldState = try #require(try store.state(of: "trust-is-broken"))
        let targets = [("json", oldState), ("transcript", try store.transcript(of: "trust-is-broken"))]
        for (suffix, text) in targets {
            let target = elsewhere.appendingPathComponent("theirs.\(suffix)")
            try text.write(to: target, atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                atPath: sessions.appendingPathComponent("trust-is-broken.\(suffix)").path, withDestinationPath: target.path)
        }
        try store.query("DELETE FROM conversation")
        try store.query("DELETE FROM transcript")
        let resumed = try CoachBinary.run(["--resume"], lines: [], state: state)
        #expect(resumed.output.contains("There is no unfinished conversation to resume"), "\(resumed.output)")
        #expect(
            try store.state(of: "trust-is-broken")?.contains("he cheated on me") != true, "nothing was read through the links")
        #expect(try !store.transcript(of: "trust-is-broken").contains("you: he cheated on me"))
        for (suffix, text) in targets {
            #expect(try String(contentsOf: elsewhere.appendingPathComponent("theirs.\(suffix)"), encoding: .utf8) == text)
        }
    }

    /// A store file that is no database is renamed aside, said so, and a new one begun.
    @Test func aDamagedStoreIsKeptAsideAndTheChatGoesOn() throws {
        let state = try CoachBinary.temporaryFolder()
        let sessions = state.appendingPathComponent("coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let store = StoreFile(state: state)
        try String(repeating: "not a database ", count: 300).write(toFile: store.path, atomically: true, encoding: .utf8)
        let chat = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let said = chat.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("The file of saved conversations could not be read"), "\(chat.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).contains { $0.contains(".unreadable-") })
        #expect(try store.state(of: "trust-is-broken") != nil)
    }

    /// A chat killed at the journal question keeps nothing, and the next chat says so.
    @Test func aChatKilledAtTheJournalQuestionKeepsNothingAndSaysSo() throws {
        let state = try CoachBinary.temporaryFolder()
        let script = try Self.shortScript(in: state)
        let terminal = try PseudoTerminal(arguments: [script.path], state: state)
        terminal.waitFor("You: ")
        terminal.type("words to forget\r")
        terminal.waitFor("[y/N] ")
        kill(terminal.pid, SIGKILL)
        _ = terminal.exitStatus()
        let next = try CoachBinary.run([script.path], lines: [], state: state)
        #expect(next.output.contains("ended before you chose to keep its journal, so it was not kept"), "\(next.output)")
        let store = StoreFile(state: state)
        // NB: the next chat's own empty line began a new conversation; nothing of the old is in it.
        #expect(try !store.transcript(of: "short").contains("words to forget"))
        #expect(try store.state(of: "short")?.contains("words to forget") != true)
        #expect(try store.query("SELECT count(*) FROM journal").first?.first == "0")
    }

    /// Damage found anywhere in the store (not only in its header) sets it aside at once, so
    /// later turns save again (found by review).
    @Test func damagedPagesSetTheStoreAsideAndSavingGoesOn() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me", "numb"], state: state)
        let store = StoreFile(state: state)
        try store.query("PRAGMA wal_checkpoint(TRUNCATE)")
        let file = try #require(FileHandle(forWritingAtPath: store.path))
        try file.seek(toOffset: 4_096)
        file.write(Data(repeating: 0xFF, count: 4_096))
        try file.close()
        let chat = try CoachBinary.run(["--resume"], lines: ["both"], state: state)
        #expect(chat.output.contains("The file of saved conversations could not be read"), "\(chat.output)")
        #expect(!chat.output.contains("Could not save your place"))
        #expect(try store.state(of: "trust-is-broken") != nil, "the new conversation is saved")
    }

    /// A store written by a newer Coach is left exactly as it is.
    @Test func aStoreFromANewerCoachIsLeftAlone() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let store = StoreFile(state: state)
        try store.query("PRAGMA user_version = 9")
        let chat = try CoachBinary.run([], lines: ["both"], state: state)
        #expect(chat.errors.contains("written by a newer Coach (store version 9"), "\(chat.errors)")
        #expect(try store.query("PRAGMA user_version").first?.first == "9")
        #expect(try store.transcript(of: "trust-is-broken").contains("you: he cheated on me"))
        #expect(try !store.transcript(of: "trust-is-broken").contains("you: both"))
    }

    /// At the end the person is asked whether to keep the journal: kept, `coach journal` lists,
    /// shows and deletes it; declined (or piped, with no one to ask), nothing stays.
    @Test func aFinishedConversationKeepsItsJournalOnlyWhenAsked() throws {
        let state = try CoachBinary.temporaryFolder()
        let script = try Self.shortScript(in: state)
        for (answer, keeps) in [("yes", true), ("no", false)] {
            let terminal = try PseudoTerminal(arguments: [script.path], state: state)
            terminal.waitFor("You: ")
            terminal.type("the words I chose\r")
            terminal.waitFor("[y/N] ")
            // Ctrl-C clears the line, as everywhere in the chat; it answers nothing.
            // NB: first, so that a key typed in the same instant as it (which readline can drop,
            // see the note on issue 14) is a letter of the danger line, not of the answer.
            terminal.type("\u{03}")
            terminal.waitFor("[y/N] ")
            // Danger typed at the question is answered first, and the question asked again.
            terminal.type("honestly i just want to die\r")
            terminal.waitFor("findahelpline")
            terminal.waitFor("[y/N] ")
            terminal.type("\(answer)\r")
            #expect(terminal.exitStatus() == 0)
            #expect(terminal.screen.contains(keeps ? "kept on this computer as journal 1" : "Your journal is not kept"))
        }
        let piped = try CoachBinary.run([script.path], lines: ["piped words"], state: state)
        #expect(piped.output.contains("Your journal is not kept"))
        let list = try CoachBinary.run(["journal"], lines: [], state: state)
        #expect(list.output.contains("1  ") && list.output.contains("A short talk"))
        #expect(list.output.split(separator: "\n").filter { $0.hasPrefix("  ") }.count == 1, "only the kept one: \(list.output)")
        let shown = try CoachBinary.run(["journal", "1"], lines: [], state: state)
        #expect(shown.output.contains("\u{201C}the words I chose\u{201D}"))
        #expect(try CoachBinary.run(["journal", "2"], lines: [], state: state).status != 0)
        #expect(try CoachBinary.run(["journal", "--delete", "1"], lines: [], state: state).status == 0)
        #expect(try CoachBinary.run(["journal"], lines: [], state: state).output.contains("There are no journals kept"))
        #expect(try StoreFile(state: state).query("SELECT count(*) FROM conversation").first?.first == "0")
    }

    @Test func aSessionFromAChangedScriptSaysSoAndStartsOver() throws {
        let state = try CoachBinary.temporaryFolder()
        let script = state.appendingPathComponent("s.json")
        let original = """
            {"formatVersion": 1, "id": "s", "title": "S", "version": "1", "disclaimer": "d", "start": "one",
             "nodes": [{"id": "one", "say": ["First?"], "ask": {"save": "a"}, "next": "two"},
                       {"id": "two", "say": ["Second?"], "ask": {"save": "b"}, "next": "end"},
                       {"id": "end", "say": ["Bye."], "end": true}]}
            """
        try original.write(to: script, atomically: true, encoding: .utf8)
        _ = try CoachBinary.run([script.path], lines: ["first answer"], state: state)
        try original.replacingOccurrences(of: "\"two\"", with: "\"second\"").write(to: script, atomically: true, encoding: .utf8)
        let resumed = try CoachBinary.run([script.path, "--resume"], lines: [], state: state)
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("the step you were at ('two') is gone, so we start over"))
        #expect(resumed.output.contains("First?"))
    }

    @Test func aTranscriptThatCannotBeCreatedDoesNotStopTheChat() throws {
        // NB: a path under /dev/null fails for every user, root included, as CI runs.
        let result = try CoachBinary.run(["--transcript", "/dev/null/chat.transcript"], lines: ["he cheated on me"])
        #expect(result.status == 0)
        #expect(result.errors.contains("cannot create '/dev/null/chat.transcript'"))
        #expect(result.errors.contains("the chat goes on without recording it"))
        #expect(result.output.contains("What are you feeling most right now?"))
    }

    /// A disk that takes no more (here a file-size limit, which fails writes as a full disk
    /// does) is said once, and the chat goes on; `/save` says so too and leaves nothing behind.
    @Test func aFullDiskWhenSavingIsReportedAndTheChatGoesOn() throws {
        let turns =
            ["he cheated on me"]
            + Array(repeating: ["numb and tired of all of it, every single day", "/back"], count: 12)
            .flatMap { $0 }
        let store = try CoachBinary.run(
            [], lines: turns + ["numb"], state: try CoachBinary.temporaryFolder(), under: CoachBinary.fileSizeLimit(32))
        #expect(store.status == 0, "\(store.errors)")
        #expect(store.output.components(separatedBy: "Could not save your place for next time").count == 2, "said once")
        #expect(store.output.contains("disk I/O error: "), "the reason is given")
        #expect(store.output.contains("What is one small thing you could do this week"))

        let folder = try CoachBinary.temporaryFolder()
        let saved = folder.appendingPathComponent("saved.transcript").path
        let save = try CoachBinary.run(
            [], lines: ["he cheated on me", "/save \(saved)", "numb"], state: folder, under: CoachBinary.fileSizeLimit(1))
        #expect(save.status == 0, "\(save.errors)")
        // NB: the limit fails the write with EFBIG; a full disk's ENOSPC is named the same way.
        #expect(save.output.contains("Could not save the conversation: writing '\(saved)' failed: File too large."))
        #expect(save.output.contains("The chat goes on."))
        #expect(save.output.contains("What is one small thing you could do this week"))
        #expect(!FileManager.default.fileExists(atPath: saved))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func thousandsOfLinesPastedAtOnceAreAllAnswered() throws {
        // NB: a restart every fifth line keeps the conversation from reaching its end.
        let lines = (0..<3_000).map { $0 % 5 == 0 ? "/restart" : "line \($0) of a long paste" }
        let result = try CoachBinary.run([], lines: lines)
        #expect(result.status == 0)
        #expect(result.output.components(separatedBy: "You:   ").count == 3_001)
    }

    @Test func aScriptOverTheSizeLimitIsRefusedWithTheLimit() throws {
        let folder = try CoachBinary.temporaryFolder()
        let path = folder.appendingPathComponent("huge.json").path
        let handle = try #require(
            FileHandle(forWritingAtPath: path)
                ?? {
                    _ = FileManager.default.createFile(atPath: path, contents: nil)
                    return FileHandle(forWritingAtPath: path)
                }())
        try handle.truncate(atOffset: 40 * 1_048_576)
        try handle.close()
        let result = try CoachBinary.run([path])
        #expect(result.status == 2)
        #expect(result.errors.contains("is 40 MB; the largest script accepted is 32 MB"))
    }

    @Test func forgetDeletesEverythingStoredAfterAsking() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me", "/save"], state: state)
        let folder = state.appendingPathComponent("coach").path
        #expect(FileManager.default.fileExists(atPath: folder + "/sessions"))
        #expect(FileManager.default.fileExists(atPath: folder + "/transcripts"))
        let declined = try CoachBinary.run(["forget"], lines: ["no"], state: state)
        #expect(declined.output.contains("Nothing was deleted."))
        #expect(FileManager.default.fileExists(atPath: folder + "/sessions"))
        let done = try CoachBinary.run(["forget", "--yes"], state: state)
        #expect(done.output.contains("deleted sessions"))
        #expect(done.output.contains("deleted transcripts"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/sessions"))
        #expect(try CoachBinary.run(["forget", "--yes"], state: state).output.contains("nothing stored"))
    }
}
