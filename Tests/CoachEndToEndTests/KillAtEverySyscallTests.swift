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

    private func check(state: URL, shown output: String, trial: String) throws {
        let store = StoreFile(state: state)
        guard FileManager.default.fileExists(atPath: store.path) else {
            Issue.record("trial \(trial): the store is gone")
            return
        }
        #expect(try store.query("PRAGMA integrity_check").first?.first == "ok", "trial \(trial)")
        let answered = Self.nextQuestions.filter { output.contains("Coach: \($0)") }.count
        guard let text = try store.state(of: "trust-is-broken") else {
            Issue.record("trial \(trial): no saved conversation at all")
            return
        }
        let saved = try JSONDecoder().decode(SavedSession.self, from: Data(text.utf8))
        let transcript = try store.transcript(of: "trust-is-broken")
        let turns = transcript.split(separator: "\n").filter { $0.hasPrefix("you: ") }
        #expect(
            turns.count == saved.state.turn, "trial \(trial): \(turns.count) turns recorded, the state counts \(saved.state.turn)"
        )
        if transcript.contains("you: both") {
            // Still the earlier conversation, whole: nothing of the new one is mixed in.
            #expect(saved.state.answers["role"]?.text == "both", "trial \(trial)")
            #expect(answered == 0, "trial \(trial): a turn was shown answered but not kept")
        } else {
            #expect(saved.state.turn >= answered, "trial \(trial): \(answered) turns shown answered, \(saved.state.turn) kept")
            for (index, answer) in Self.answers.prefix(saved.state.turn).enumerated() {
                #expect(turns[index] == "you: \(answer)", "trial \(trial)")
            }
        }
        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(resumed.status == 0, "trial \(trial): \(resumed.errors)")
        #expect(resumed.output.contains("Welcome back"), "trial \(trial)")
    }
}
