import CoachKit
import Testing

@Suite struct TranscriptReplayerTests {
    /// A transcript recorded from a conversation with the default script.
    private func recorded(_ replies: [String], seed: UInt64 = 3) -> String {
        var recorder = TranscriptRecorder(script: TestScripts.trust.script, seed: seed)
        var turn = TestScripts.trustEngine.start(seed: seed)
        var text = recorder.recordOpening(turn)
        for reply in replies {
            turn = (try? TestScripts.trustEngine.respond(to: .reply(reply), in: turn.state)) ?? turn
            text += recorder.record(input: reply, turn: turn)
        }
        return text
    }

    private func replay(_ text: String) throws -> ReplayResult {
        TranscriptReplayer(engine: TestScripts.trustEngine).replay(
            try TranscriptParser.parse(text, fileName: "t.transcript").get())
    }

    @Test func aRecordedConversationReplaysExactly() throws {
        let text = recorded(["he cheated on me", "numb", "the weather", "walks"])
        let result = try replay(text)
        #expect(result.passed)
        #expect(result.actual.render() == text, "recording, parsing and rendering round-trip")
    }

    /// "You:" and "Coach:", as the chat prints them, are the speakers 'you' and 'coach' (the
    /// authoring review: a transcript pasted from the terminal was refused line by line).
    @Test func speakersAreReadWhateverTheirCase() throws {
        let text = recorded(["he cheated on me", "numb"])
        let capitalised = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("you:") { return "You:" + line.dropFirst(4) }
            if line.hasPrefix("coach:") { return "Coach:" + line.dropFirst(6) }
            return String(line)
        }.joined(separator: "\n")
        #expect(capitalised != text)
        let result = try replay(capitalised)
        #expect(result.passed)
        #expect(result.actual.render() == text)
    }

    /// Replay reads a command as the chat did (code review 3: "/hepl" was saved as the answer
    /// in replay, so every turn after it failed): the chat records a command that is not the
    /// engine's without a turn, and an engine command whatever its case or what follows it.
    @Test(arguments: ["/hepl", "/HELP", "/save!notes.txt", "/reload now"])
    func aCommandTheEngineDoesNotHandleChangesNothingInReplay(_ command: String) throws {
        var recorder = TranscriptRecorder(script: TestScripts.trust.script, seed: 3)
        var turn = TestScripts.trustEngine.start(seed: 3)
        var text = recorder.recordOpening(turn)
        turn = try TestScripts.trustEngine.respond(to: .reply("he cheated on me"), in: turn.state)
        text += recorder.record(input: "he cheated on me", turn: turn)
        text += recorder.record(input: command, turn: nil)
        turn = try TestScripts.trustEngine.respond(to: .reply("numb"), in: turn.state)
        text += recorder.record(input: "numb", turn: turn)
        let result = try replay(text)
        #expect(result.passed, "\(result.mismatches)")
    }

    @Test(arguments: [("/Back", EngineCommand.back), ("/WHERE now", .where), ("/journal please", .journal)])
    func anEngineCommandIsReadWhateverItsCaseAndWhateverFollowsIt(_ typed: String, _ command: EngineCommand) throws {
        var recorder = TranscriptRecorder(script: TestScripts.trust.script, seed: 3)
        var turn = TestScripts.trustEngine.start(seed: 3)
        var text = recorder.recordOpening(turn)
        for input in ["he cheated on me", typed, "numb"] {
            let sent: UserInput = input == typed ? .command(command) : .reply(input)
            turn = try TestScripts.trustEngine.respond(to: sent, in: turn.state)
            text += recorder.record(input: input, turn: turn)
        }
        let result = try replay(text)
        #expect(result.passed, "\(result.mismatches)")
    }

    /// What a transcript says it is for, among the header's lines, survives `replay --update`,
    /// which renders the replayed transcript (issue 17: such comments were dropped).
    @Test func commentsAmongTheHeaderAreKept() throws {
        let recordedText = recorded(["he cheated on me"])
        let text = recordedText.replacingOccurrences(
            of: "# Coach transcript\n", with: "# Coach transcript\n# Why this transcript exists.\n# And a second line.\n")
        let result = try replay(text)
        #expect(result.passed)
        #expect(result.actual.render() == text)
    }

    @Test func anEditedCoachLineFailsWithAReadableDiff() throws {
        let text = recorded(["he cheated on me"]).replacingOccurrences(
            of: "What are you feeling most right now?", with: "How do you feel?")
        let result = try replay(text)
        let mismatch = try #require(result.mismatches.first)
        #expect(mismatch.turn == 1)
        guard case .messages(let diff) = mismatch.problem else { Issue.record("expected a diff"); return }
        #expect(diff.contains("-coach: How do you feel?"))
        #expect(diff.contains("+coach: What are you feeling most right now?"))
        #expect(diff.hasPrefix("--- expected\n+++ actual\n@@"))
    }

    @Test func aHandWrittenTranscriptOfCheckpointsAlonePasses() throws {
        let text = """
            # Does "she went through my phone" count as having broken the trust?
            format: 1
            script: trust-is-broken 1.0.0
            seed: 1

            you: she went through my phone and found out
            > intent: broke
            > node: broke_what
            you: I was hiding a second phone
            > saved: what_happened
            > node: apology

            """
        #expect(try replay(text).passed)
        let wrong = text.replacingOccurrences(of: "> intent: broke", with: "> intent: hurt")
        let mismatch = try #require(try replay(wrong).mismatches.first)
        #expect(
            mismatch.problem
                == .checkpoints(missing: [.intent("hurt")], actual: [.intent("broke"), .saved("role"), .node("broke_what")]))
    }

    @Test func aTranscriptCutOffMidTurnLoadsAndReplaysTheTurnsItHas() throws {
        let full = recorded(["he cheated on me", "numb"])
        let cut = String(full.prefix(through: full.range(of: "you: numb")!.upperBound).dropLast(2))
        let transcript = try TranscriptParser.parse(cut, fileName: "cut.transcript").get()
        #expect(transcript.isTruncated)
        #expect(transcript.turns.count == 1)
        let result = TranscriptReplayer(engine: TestScripts.trustEngine).replay(transcript)
        #expect(result.passed)
        #expect(result.warnings.contains { $0.contains("cut off") })
    }

    /// A pasted paragraph, and a line ending in a carriage return, are written and read back
    /// as the same replies (the reliability review's F1 and F13).
    @Test func aReplyOfSeveralLinesRoundTrips() throws {
        let text = recorded(["he cheated on me", "I lied to her.\nNote: I also hid my phone", "numb\r"])
        #expect(text.contains("you: I lied to her.\n    Note: I also hid my phone\n"))
        let transcript = try TranscriptParser.parse(text, fileName: "t.transcript").get()
        #expect(transcript.turns.map(\.input) == ["he cheated on me", "I lied to her.\nNote: I also hid my phone", "numb\n"])
        #expect(try replay(text).passed)
    }

    @Test func windowsLineEndsAreReadAsLineEnds() throws {
        let text = recorded(["he cheated on me", "numb"])
        let transcript = try TranscriptParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), fileName: "t").get()
        #expect(transcript == (try TranscriptParser.parse(text, fileName: "t").get()))
    }

    @Test func aDifferentScriptVersionIsAWarningNotAFailure() throws {
        let text = recorded(["he cheated on me"]).replacingOccurrences(
            of: "script: trust-is-broken 1.0.0", with: "script: trust-is-broken 0.9.0")
        let result = try replay(text)
        #expect(result.passed)
        #expect(result.warnings.first?.contains("'0.9.0'") == true)
    }

    @Test func slashCommandsReplayToo() throws {
        #expect(try replay(recorded(["he cheated on me"]) + "you: /back\n> node: role\n").passed)
    }

    @Test func badLinesAreReportedWithTheirLineNumber() {
        let text = "format: 1\nscript: x 1\nseed: 1\n\nyou: hi\n> mood: fine\n"
        #expect(
            throws: TranscriptError.invalidLine("t:6", "unknown checkpoint 'mood'; expected node, intent, saved, safety or ended")
        ) {
            try TranscriptParser.parse(text, fileName: "t").get()
        }
        #expect(throws: TranscriptError.unsupportedVersion(3, supported: 2, file: "t")) {
            try TranscriptParser.parse("format: 3\nscript: x 1\n", fileName: "t").get()
        }
    }

    /// Format 2 is written, and format 1 (every transcript from before replies of several lines)
    /// is still read: each format only added to the one before.
    @Test func formatTwoIsWrittenAndFormatOneStillRead() throws {
        #expect(Transcript(scriptID: "x", scriptVersion: "1", seed: 1).header.contains("format: 2\n"))
        let old = try TranscriptParser.parse("format: 1\nscript: x 1\nseed: 1\n\nyou: hi\n> node: a\n", fileName: "t").get()
        #expect(old.turns.map(\.input) == ["hi"])
        let pasted = try TranscriptParser.parse("format: 2\nscript: x 1\nseed: 1\n\nyou: one\n    two\n", fileName: "t").get()
        #expect(pasted.turns.map(\.input) == ["one\ntwo"])
    }
}

@Suite struct LineDiffTests {
    @Test func identicalLinesHaveNoDiff() {
        #expect(LineDiff.unified(expected: ["a", "b"], actual: ["a", "b"]).isEmpty)
    }

    @Test func changesShowWithContextAndHunkHeaders() {
        let diff = LineDiff.unified(
            expected: ["1", "2", "3", "4", "5", "6", "7", "8", "9"], actual: ["1", "2", "3", "4", "X", "6", "7", "8", "9"],
            context: 1)
        #expect(diff == "--- expected\n+++ actual\n@@ -4,3 +4,3 @@\n 4\n-5\n+X\n 6\n")
    }
}
