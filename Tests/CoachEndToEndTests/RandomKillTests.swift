import CoachKit
import Foundation
import Testing

/// The reliability review's random kill loop, run against the store: a chat fed fifteen replies
/// (answers and commands) is ended by SIGKILL, SIGTERM or SIGHUP at a random moment, from its
/// start, its first question or its first answer, with the replies sent at once or one every 2 ms. Then the
/// store must be whole, every turn shown answered kept, no turn kept that the state does not
/// count (the review's "phantom" turns: 133 of its 2,000 trials), and the conversation must
/// resume, take the rest of the replies, and save a transcript that replays.
/// `COACH_KILL_TRIALS=2000` runs the review's number of trials; the default keeps the suite quick.
@Suite struct RandomKillTests {
    /// A path that never reaches the end: `/back` turns it round before the last question.
    static let replies = [
        "he cheated on me", "/where", "numb", "/journal", "long walks", "not sure", "/back", "/where",
        "part of me wants to", "/back", "not sure", "/journal", "/back", "/where", "not sure",
    ]

    struct Figures: CustomStringConvertible {
        var trials = 0, beforeFirstAnswer = 0, corrupt = 0, lost = 0, phantom = 0, mixed = 0, notResumed = 0
        var failsReplay = 0

        var description: String {
            "\(trials) trials (\(beforeFirstAnswer) killed before the first answer was kept): \(corrupt) corrupt, "
                + "\(lost) lost a turn shown answered, \(phantom) phantom turns, \(mixed) mixed, "
                + "\(notResumed) did not resume, \(failsReplay) saved a transcript that fails replay"
        }
    }

    @Test func aChatKilledAtRandomMomentsKeepsEveryTurnItShowedAndNoOther() throws {
        let trials = ProcessInfo.processInfo.environment["COACH_KILL_TRIALS"].flatMap(Int.init) ?? 12
        var random = SeededGenerator(seed: 2026)
        var figures = Figures()
        for trial in 1...trials {
            let signal = [SIGKILL, SIGKILL, SIGTERM, SIGHUP][Int.random(in: 0..<4, using: &random)]
            // From the start, from the first question, or from the first answer kept.
            let from = Int.random(in: 0..<3, using: &random)
            let oneAtATime = Bool.random(using: &random)
            // NB: a debug build asks its first question in about 0.1 s, takes about 0.9 s over the
            // first answer (the classifier and the store are set up) and 0.05 s over each other.
            let delay = Double.random(in: 0..<[2.0, 1.7, 0.8][from], using: &random)
            let state = try CoachBinary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: state) }
            let chat = try LiveProcess(arguments: ["--seed", "7"], state: state)
            var next = 0
            if from > 0 { chat.waitFor("Were you the one who broke the trust") }
            if from == 2 {
                // NB: so that trials on a slow machine still kill chats that are under way.
                chat.send(Self.replies[0])
                chat.waitFor("What are you feeling most right now?")
                next = 1
            }
            let started = Date()
            while Date().timeIntervalSince(started) < delay {
                if next < Self.replies.count {
                    for reply in oneAtATime ? [Self.replies[next]] : Array(Self.replies[next...]) { chat.send(reply) }
                    next = oneAtATime ? next + 1 : Self.replies.count
                }
                usleep(oneAtATime ? 2_000 : 500)
            }
            _ = chat.end(with: signal)
            chat.drain()
            figures.trials += 1
            try audit(state: state, shown: chat.text, into: &figures, trial: "\(trial) (signal \(signal), \(delay) s)")
        }
        print("random kills: \(figures)")
        #expect(figures.corrupt == 0 && figures.lost == 0 && figures.phantom == 0 && figures.mixed == 0)
        #expect(figures.notResumed == 0 && figures.failsReplay == 0)
        // NB: a loop whose kills all land before the first answer, or after the last, tests nothing.
        #expect(figures.beforeFirstAnswer < trials)
    }

    /// The turns whose answer reached the screen: an echoed reply with the coach's words after it.
    private func answeredTurns(in output: String) -> Int {
        let lines = output.split(separator: "\n")
        guard let lastCoach = lines.lastIndex(where: { $0.hasPrefix("Coach: ") }) else { return 0 }
        return lines[..<lastCoach].filter { $0.hasPrefix("You: ") }.count
    }

    private func audit(state: URL, shown output: String, into figures: inout Figures, trial: String) throws {
        let answered = answeredTurns(in: output)
        let store = StoreFile(state: state)
        guard FileManager.default.fileExists(atPath: store.path), try store.state(of: "trust-is-broken") != nil else {
            figures.beforeFirstAnswer += 1
            if answered > 0 {
                figures.lost += 1
                Issue.record("trial \(trial): \(answered) turns shown answered, none kept")
            }
            return
        }
        guard try store.query("PRAGMA integrity_check").first?.first == "ok",
            // NB: a state that does not decode is damage to count, not an error that ends the loop.
            let saved = try? store.savedSession(of: "trust-is-broken")
        else {
            figures.corrupt += 1
            Issue.record("trial \(trial): the store is damaged")
            return
        }
        let kept = saved.state.turn
        if kept == 0 { figures.beforeFirstAnswer += 1 }
        if kept < answered {
            figures.lost += 1
            Issue.record("trial \(trial): \(answered) turns shown answered, \(kept) kept")
        }
        let turns = try store.repliesRecorded(of: "trust-is-broken")
        if turns.count != kept {
            figures.phantom += 1
            Issue.record("trial \(trial): the transcript holds \(turns.count) turns, the state counts \(kept)")
        }
        if zip(turns, Self.replies).contains(where: { $0.0 != "you: \($0.1)" }) {
            figures.mixed += 1
            Issue.record("trial \(trial): the transcript's turns are not the replies sent, in order")
        }
        let saveTo = state.appendingPathComponent("whole.transcript").path
        let resumed = try CoachBinary.run(
            ["--resume"], lines: Array(Self.replies.dropFirst(kept)) + ["/save \(saveTo)"], state: state)
        guard resumed.status == 0, resumed.output.contains("Welcome back") || kept == 0,
            FileManager.default.fileExists(atPath: saveTo)
        else {
            figures.notResumed += 1
            Issue.record("trial \(trial): did not resume and save: \(resumed.errors)")
            return
        }
        let replay = try CoachBinary.run(["replay", saveTo], lines: [], state: state)
        if replay.status != 0 {
            figures.failsReplay += 1
            Issue.record("trial \(trial): the resumed conversation's transcript fails replay: \(replay.output)")
        }
    }
}
