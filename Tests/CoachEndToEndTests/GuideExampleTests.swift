import Foundation
import Testing

/// The authoring guide's worked example of `coach evaluate` is what the command prints today.
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
}
