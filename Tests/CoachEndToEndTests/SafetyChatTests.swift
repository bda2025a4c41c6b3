import Foundation
import Testing

/// The chat after danger came up: stopping keeps the place for another day.
@Suite struct SafetyChatTests {
    @Test func stoppingAfterASafetyResponseKeepsThePlaceForTheNextRun() throws {
        let state = try CoachBinary.temporaryFolder()
        let stopped = try CoachBinary.run(
            [], lines: ["he cheated on me", "he choked me last night", "stop", "never read"], state: state)
        #expect(stopped.status == 0)
        #expect(stopped.output.contains("1-800-799-7233"))
        #expect(stopped.output.contains("Your answers so far are kept in this session."))
        #expect(!stopped.output.contains("never read"), "the run ends at the stop")
        let session = state.appendingPathComponent("coach/sessions/trust-is-broken.json").path
        #expect(FileManager.default.fileExists(atPath: session))

        let resumed = try CoachBinary.run(["--resume"], lines: ["/journal", "scared"], state: state)
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("Welcome back. Here is where we were."))
        #expect(resumed.output.contains("Coach: What are you feeling most right now?"))
        #expect(resumed.output.contains("\u{201C}he cheated on me\u{201D}"), "the earlier answer is kept")
        #expect(resumed.output.contains("What is one small thing you could do this week"))
    }
}
