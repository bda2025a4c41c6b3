import Foundation
import Testing

/// What the chat records, `coach replay` passes: both read commands the same way (code review 3).
@Suite struct ChatReplayAgreementTests {
    @Test(arguments: [
        ["he cheated on me", "/hepl", "i feel numb and angry"],
        ["he cheated on me", "/Back", "/WHERE now", "both of us", "/HELP", "it was my fault too"],
        ["i was the one who lied", "/journal\tplease", "/save!", "/relaod", "i lied about money"],
    ])
    func aChatWithCommandsTypedEveryWayReplaysAsItWent(_ lines: [String]) throws {
        let state = try CoachBinary.temporaryFolder()
        let transcript = state.appendingPathComponent("chat.transcript")
        let chat = try CoachBinary.run([], lines: lines + ["/save \(transcript.path)"], state: state)
        #expect(chat.status == 0, "\(chat.errors)")
        let replay = try CoachBinary.run(["replay", transcript.path], lines: [], state: state)
        #expect(replay.status == 0, "\(replay.output)\(replay.errors)")
        #expect(replay.output.hasSuffix("1 passed, 0 failed\n"), "\(replay.output)")
    }
}
