import Foundation
import Testing

/// Chats on different scripts share one store and run at the same time: each keeps its own
/// conversation, turn by turn, and neither waits for nor overwrites the other (the lock is per
/// conversation; the store takes one writer at a time and makes the other wait its turn).
@Suite struct SharedStoreTests {
    private static func threeQuestions(in folder: URL) throws -> URL {
        let script = folder.appendingPathComponent("three.json")
        try """
        {"formatVersion": 1, "id": "three", "title": "Three questions", "version": "1", "disclaimer": "d", "start": "one",
         "nodes": [{"id": "one", "say": ["First question?"], "ask": {"save": "a"}, "next": "two"},
                   {"id": "two", "say": ["Second question?"], "ask": {"save": "b"}, "next": "three"},
                   {"id": "three", "say": ["Third question?"], "ask": {"save": "c"}, "next": "end"},
                   {"id": "end", "say": ["Bye."], "end": true}]}
        """.write(to: script, atomically: true, encoding: .utf8)
        return script
    }

    @Test func twoChatsOnDifferentScriptsAtOnceEachKeepTheirOwn() throws {
        let state = try CoachBinary.temporaryFolder()
        let script = try Self.threeQuestions(in: state)
        let trust = try LiveProcess(arguments: ["--seed", "4"], state: state)
        let other = try LiveProcess(arguments: [script.path], state: state)
        trust.waitFor("Were you the one who broke the trust")
        other.waitFor("First question?")
        // Turn by turn, one after the other, so every turn of each is a write while the other is open.
        trust.send("he cheated on me")
        other.send("blue")
        trust.waitFor("What are you feeling most right now?")
        other.waitFor("Second question?")
        trust.send("numb")
        other.send("green")
        trust.waitFor("What is one small thing")
        other.waitFor("Third question?")
        for chat in [trust, other] {
            #expect(!chat.text.contains("open in another Coach window"), "\(chat.text)")
            #expect(!chat.text.contains("Could not save"), "\(chat.text)")
        }
        _ = trust.end(with: SIGKILL)
        _ = other.end(with: SIGKILL)

        let trustResumed = try CoachBinary.run(["--resume"], lines: ["/journal"], state: state)
        #expect(trustResumed.output.contains("\u{201C}he cheated on me\u{201D}"), "\(trustResumed.output)")
        #expect(trustResumed.output.contains("\u{201C}numb\u{201D}"))
        #expect(!trustResumed.output.contains("blue"))
        let otherResumed = try CoachBinary.run([script.path, "--resume"], lines: ["red"], state: state)
        #expect(otherResumed.output.contains("Third question?"), "\(otherResumed.output)")
        #expect(otherResumed.output.contains("Bye."), "it ends where it was: \(otherResumed.output)")
        #expect(!otherResumed.output.contains("First question?"), "it does not start again")
    }
}
