import CoachKit
import Foundation
import Testing

/// A chat killed at each write, sync, truncate, unlink or rename it makes, one trial per call,
/// under strace's fault injection: the store is never damaged, a turn the person saw answered is
/// never lost, the state and the transcript always count the same turns (no phantom turn), and an
/// older saved conversation is never paired with the new one's transcript.
@Suite struct KillAtEverySyscallTests {
    static let strace = "/usr/bin/strace"
    static let answers = ResilienceTests.answers.prefix(3)
    static let nextQuestions = ResilienceTests.nextQuestions.prefix(3)

    /// One test per kind of call, killed at its first, second, … call until the chat makes no more.
    @Test(arguments: ["write", "pwrite64", "fsync", "fdatasync", "ftruncate", "unlink", "rename", "renameat", "renameat2"])
    func aChatKilledAtAnyWriteLosesNoTurnAndAddsNone(call: String) throws {
        // NB: Scripts/test installs strace; a machine without it fails here rather than skipping.
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is needed: Scripts/test installs it")
        // An earlier conversation waits in every trial, which the new one replaces at its first answer.
        let earlier = try CoachBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: earlier) }
        _ = try CoachBinary.run([], lines: ["both"], state: earlier)
        var killed = 0
        for trial in 1...200 {
            let state = try CoachBinary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: state) }
            try FileManager.default.removeItem(at: state)
            try FileManager.default.copyItem(at: earlier, to: state)
            let chat = try CoachBinary.run(
                ["--seed", "4"], lines: Array(Self.answers), state: state,
                under: [
                    Self.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(call)",
                    "-e", "inject=\(call):signal=SIGKILL:when=\(trial)",
                ])
            try check(state: state, shown: chat.output, trial: "\(call) #\(trial)")
            guard chat.status != 0 else { break }
            killed += 1
        }
        // NB: the chat writes its answers, and each turn's commit writes and syncs the database.
        if ["write", "pwrite64", "fdatasync"].contains(call) {
            #expect(killed >= 3, "only \(killed) trials were killed at \(call)")
        }
        print("killed at \(call): \(killed) trials")
    }

    /// A disk that fills at one of the store's writes or syncs and stays full: the chat goes on
    /// and says its place is not being kept, the store is never damaged, and every turn it did
    /// not say it lost is kept. Once the disk has room again, the conversation resumes.
    @Test(arguments: [("pwrite64", "ENOSPC"), ("fdatasync", "EIO"), ("fsync", "EIO"), ("ftruncate", "ENOSPC")])
    func aDiskThatFillsAtAnyWriteIsSaidAndDamagesNothing(call: String, error: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is needed: Scripts/test installs it")
        let earlier = try CoachBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: earlier) }
        _ = try CoachBinary.run([], lines: ["both"], state: earlier)
        var failed = 0
        for trial in 1...200 {
            let state = try CoachBinary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: state) }
            try FileManager.default.removeItem(at: state)
            try FileManager.default.copyItem(at: earlier, to: state)
            let log = state.appendingPathComponent("strace.log").path
            let chat = try CoachBinary.run(
                ["--seed", "4"], lines: Array(Self.answers), state: state,
                under: [
                    Self.strace, "-f", "-qq", "-o", log, "-e", "trace=\(call)",
                    "-e", "inject=\(call):error=\(error):when=\(trial)+",
                ])
            #expect(chat.status == 0, "trial \(call) #\(trial): \(chat.errors)")
            let said =
                chat.errors.contains("this chat goes on without saving")
                || chat.output.contains("Could not save your place for next time")
            try check(state: state, shown: chat.output, trial: "\(call) full at #\(trial)", toldUnsaved: said)
            // NB: the chat made fewer calls than the trial's number, so no later trial fails one.
            guard try String(contentsOfFile: log, encoding: .utf8).contains("(INJECTED)") else { break }
            if said { failed += 1 }
        }
        if call == "pwrite64" || call == "fdatasync" {
            #expect(failed >= 3, "only \(failed) trials met a full disk at \(call)")
        }
        print("disk full at \(call): \(failed) trials")
    }

    /// One write or sync that fails once, then the disk has room again: the turns after it are
    /// kept, and the turn that failed is written once with them, never twice (before the store,
    /// a failed save appended the same transcript text again at every later turn).
    @Test(arguments: [("pwrite64", "ENOSPC"), ("fdatasync", "EIO")])
    func aWriteThatFailsOnceIsRetriedOnceAndDoublesNothing(call: String, error: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is needed: Scripts/test installs it")
        var failed = 0
        for trial in 1...200 {
            let state = try CoachBinary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: state) }
            let log = state.appendingPathComponent("strace.log").path
            let chat = try CoachBinary.run(
                ["--seed", "4"], lines: Array(Self.answers), state: state,
                under: [
                    Self.strace, "-f", "-qq", "-o", log, "-e", "trace=\(call)", "-e",
                    "inject=\(call):error=\(error):when=\(trial)",
                ])
            #expect(chat.status == 0, "trial \(call) #\(trial): \(chat.errors)")
            guard try String(contentsOfFile: log, encoding: .utf8).contains("(INJECTED)") else { break }
            let said = chat.output.contains("Could not save your place for next time")
            if chat.errors.contains("this chat goes on without saving") {
                // The store could not be set up at all: the next chat sets it up and saves.
                let next = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
                #expect(next.errors.isEmpty, "trial \(call) #\(trial): \(next.errors)")
                #expect(try StoreFile(state: state).state(of: "trust-is-broken") != nil, "trial \(call) #\(trial)")
                continue
            }
            if said {
                failed += 1
                // NB: the disk had room again by the next commit, so every answer is kept, once.
                let saved = try #require(try StoreFile(state: state).savedSession(of: "trust-is-broken"))
                #expect(saved.state.turn == Self.answers.count, "trial \(call) #\(trial): \(saved.state.turn) turns kept")
                // And what was kept replays: the turn that failed is in it once (review F11).
                let whole = state.appendingPathComponent("whole.transcript").path
                let resumed = try CoachBinary.run(["--resume"], lines: ["/save \(whole)"], state: state)
                #expect(resumed.output.contains("Saved the conversation so far"), "trial \(call) #\(trial): \(resumed.output)")
                let replay = try CoachBinary.run(["replay", whole], lines: [], state: state)
                #expect(replay.status == 0, "trial \(call) #\(trial): \(replay.output)")
            }
            try check(state: state, shown: chat.output, trial: "\(call) failing once at #\(trial)", toldUnsaved: said)
        }
        #expect(failed >= 2, "only \(failed) trials failed a save at \(call)")
        print("failing once at \(call): \(failed) trials told and retried")
    }

    private func check(state: URL, shown output: String, trial: String, toldUnsaved: Bool = false) throws {
        let store = StoreFile(state: state)
        guard FileManager.default.fileExists(atPath: store.path) else {
            Issue.record("trial \(trial): the store is gone")
            return
        }
        #expect(try store.query("PRAGMA integrity_check").first?.first == "ok", "trial \(trial)")
        let answered = Self.nextQuestions.filter { output.contains("Coach: \($0)") }.count
        guard let saved = try store.savedSession(of: "trust-is-broken") else {
            Issue.record("trial \(trial): no saved conversation at all")
            return
        }
        let transcript = try store.transcript(of: "trust-is-broken")
        let turns = try store.repliesRecorded(of: "trust-is-broken")
        #expect(
            turns.count == saved.state.turn, "trial \(trial): \(turns.count) turns recorded, the state counts \(saved.state.turn)"
        )
        if transcript.contains("you: both") {
            // Still the earlier conversation, whole: nothing of the new one is mixed in.
            #expect(saved.state.answers["role"]?.text == "both", "trial \(trial)")
            #expect(answered == 0 || toldUnsaved, "trial \(trial): a turn was shown answered but not kept")
        } else {
            #expect(
                saved.state.turn >= answered || toldUnsaved,
                "trial \(trial): \(answered) turns shown answered, \(saved.state.turn) kept")
            // NB: an older conversation's state beside the new one's transcript would pass the
            // count above when both have one turn; its answer would not pass this.
            if saved.state.turn > 0 { #expect(saved.state.answers["role"]?.text == Self.answers.first, "trial \(trial)") }
            for (index, answer) in Self.answers.prefix(saved.state.turn).enumerated() {
                #expect(turns[index] == "you: \(answer)", "trial \(trial)")
            }
        }
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.status == 0, "trial \(trial): \(resumed.errors)")
        #expect(resumed.output.contains("Welcome back"), "trial \(trial)")
    }
}
