import Foundation
import Testing

/// The authoring guide's worked examples do what the guide says: the finished sleep script
/// lints clean and says its conditional message only after a bad night, and the example of
/// `coach evaluate` is what the command prints today.
@Suite struct GuideExampleTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Dialogue/README.md")

    /// The fenced blocks of the guide's "Measuring" section, in order.
    static func blocks() throws -> [String] {
        let text = try String(contentsOf: guide, encoding: .utf8)
        let section = try #require(text.range(of: "### Measuring: `coach evaluate`"))
        let rest = String(text[section.upperBound...])
        let parts = rest.components(separatedBy: "```\n")
        // parts: prose, block, prose, block, ...
        return stride(from: 1, to: min(parts.count, 5), by: 2).map { parts[$0] }
    }

    @Test func theEvaluateExampleMatchesTheCommandsOutput() throws {
        let blocks = try Self.blocks()
        try #require(blocks.count == 2)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-guide-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try blocks[0].write(to: file, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run(["evaluate", file.path])
        #expect(result.status == 0, "\(result.errors)")
        func trimmed(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop { $0 == " " }.reversed())
            }.filter { !$0.isEmpty }
        }
        #expect(trimmed(result.output) == trimmed(blocks[1]))
    }

    /// The first JSON block after "the whole file reads:" in section 1, written to a new folder.
    static func finishedSleepScript() throws -> URL {
        let text = try String(contentsOf: guide, encoding: .utf8)
        let intro = try #require(text.range(of: "the whole file reads:\n\n```json\n"))
        let end = try #require(text.range(of: "\n```", range: intro.upperBound..<text.endIndex))
        let folder = try CoachBinary.temporaryFolder()
        let file = folder.appendingPathComponent("sleep.json")
        try String(text[intro.upperBound..<end.lowerBound]).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theFinishedSleepScriptLintsCleanWithItsComments() throws {
        let file = try Self.finishedSleepScript()
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"//\""))
        let lint = try CoachBinary.run(["lint", file.path])
        #expect(lint.status == 0, "\(lint.output)\(lint.errors)")
        #expect(lint.errors.contains("lint: 0 errors, 0 warnings") || lint.output.contains("lint: 0 errors, 0 warnings"))
    }

    @Test(arguments: [("rough night", true), ("slept well", false)])
    func theConditionalMessageIsSaidOnlyAfterABadNight(reply: String, shown: Bool) throws {
        let file = try Self.finishedSleepScript()
        let chat = try CoachBinary.run(["chat", file.path], lines: [reply, "the neighbours' dog"])
        #expect(chat.status == 0, "\(chat.errors)")
        #expect(chat.output.contains("Thanks for checking in."))
        #expect(chat.output.contains("Sleep well tonight."))
        #expect(chat.output.contains("a short walk in daylight") == shown, "\(chat.output)")
    }
}
