import Foundation
import Testing

/// The chat after danger came up: stopping keeps the place for another day, and leaving, or
/// reaching the end, shows the resources once more.
@Suite struct SafetyChatTests {
    static let reminder = "Coach: One more thing before you go, because of what you shared earlier."

    @Test func stoppingAfterASafetyResponseKeepsThePlaceForTheNextRun() throws {
        let state = try CoachBinary.temporaryFolder()
        let stopped = try CoachBinary.run(
            [], lines: ["he cheated on me", "he choked me last night", "stop", "never read"], state: state)
        #expect(stopped.status == 0)
        #expect(stopped.output.contains("1-800-799-7233"))
        #expect(stopped.output.contains("Your place is kept"))
        #expect(!stopped.output.contains("never read"), "the run ends at the stop")
        #expect(try StoreFile(state: state).state(of: "trust-is-broken") != nil)

        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal", "scared"], state: state)
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("Welcome back. Here is where we were."))
        #expect(resumed.output.contains("Coach: What are you feeling most right now?"))
        #expect(resumed.output.contains("\u{201C}he cheated on me\u{201D}"), "the earlier answer is kept")
        #expect(resumed.output.contains("What is one small thing you could do this week"))
    }

    @Test(arguments: ["/quit", nil])
    func leavingAfterDangerCameUpShowsTheResourcesBeforeGoodbye(_ leaving: String?) throws {
        let lines = ["he cheated on me", "he choked me last night", "go on"] + (leaving.map { [$0] } ?? [])
        let result = try CoachBinary.run([], lines: lines)
        #expect(result.status == 0)
        let ending = try #require(result.output.components(separatedBy: "You:   go on").last)
        let reminder = try #require(ending.range(of: Self.reminder))
        #expect(ending[reminder.upperBound...].contains("1-800-799-7233"))
        #expect(ending[reminder.upperBound...].contains("Goodbye for now. Take care of yourself."))
    }

    @Test func reachingTheEndAfterDangerCameUpShowsTheResourcesAfterTheGoodbye() throws {
        let result = try CoachBinary.run(
            [],
            lines: [
                "he cheated on me", "he choked me last night", "go on", "Angry, and so tired",
                "Go for a long walk with my sister", "part of me wants to, part of me doesn't", "I keep replaying it",
            ])
        #expect(result.status == 0)
        let ending = try #require(result.output.components(separatedBy: "and of each other.").last)
        #expect(ending.hasPrefix("\n\(Self.reminder)\n"))
        #expect(ending.contains("1-800-799-7233"))
    }

    @Test func anOrdinaryChatLeavesWithoutTheReminder() throws {
        let result = try CoachBinary.run([], lines: ["he cheated on me", "/quit"])
        #expect(result.output.contains("Goodbye for now"))
        #expect(!result.output.contains(Self.reminder))
    }
}
