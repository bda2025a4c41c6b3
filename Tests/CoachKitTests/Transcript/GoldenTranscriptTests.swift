import CoachKit
import Foundation
import Testing

/// Every transcript under `Tests/Transcripts/<script id>/` replays exactly against
/// `Dialogue/<script id>.json`, and together they reach every node and route of every script.
@Suite struct GoldenTranscriptTests {
    static let root = TestScripts.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts")
    static let dialogue = TestScripts.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Dialogue")

    static var scriptIDs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    static func engine(for id: String) throws -> Engine {
        let bytes = try [UInt8](Data(contentsOf: dialogue.appendingPathComponent("\(id).json")))
        return try Engine(script: try ScriptLoader.load(bytes: bytes, fileName: "Dialogue/\(id).json").get())
    }

    static func transcripts(for id: String) throws -> [(name: String, transcript: Transcript)] {
        let folder = root.appendingPathComponent(id)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".transcript") }.sorted()
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                return (name, try TranscriptParser.parse(text, fileName: name).get())
            }
    }

    @Test func everyScriptInDialogueHasTranscripts() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.dialogue.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.map { String($0.dropLast(5)) }
        #expect(Set(scripts) == Set(Self.scriptIDs))
    }

    @Test(arguments: scriptIDs)
    func transcriptsReplayExactlyAndCoverEveryNodeAndRoute(_ id: String) throws {
        let engine = try Self.engine(for: id)
        var coverage = ScriptCoverage(script: engine.script)
        for (name, transcript) in try Self.transcripts(for: id) {
            let result = TranscriptReplayer(engine: engine).replay(transcript)
            #expect(result.passed, "\(name): \(result.mismatches)")
            #expect(result.warnings.isEmpty, "\(name): \(result.warnings)")
            coverage.add(result)
        }
        #expect(coverage.missedNodes.isEmpty, "\(coverage.report)")
        #expect(coverage.missedRoutes.isEmpty, "\(coverage.report)")
    }
}
