import CoachKit
import Foundation
import Testing

/// The JSON Schema and the loader agree on every fixture: a real validator (check-jsonschema,
/// which `Scripts/test` installs) rejects exactly the scripts whose errors a schema can express
/// (syntax, version, fields, types, blank text, a term's gaps, an end with somewhere to go), and
/// accepts the rest, whose errors are about references and the graph, and every shipped script.
@Suite struct SchemaAgreementTests {
    static let repository = TestScripts.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schema = repository.appendingPathComponent("Dialogue/coach-script.schema.json")

    /// Errors a schema can express, by code and, where a code also covers what it cannot, by
    /// the words of the message.
    static let expressible: [(code: String, message: String?)] = [
        ("C001", nil), ("C003", nil), ("C004", nil), ("C005", nil), ("C006", nil), ("C024", nil),
        ("C014", "a pattern cannot begin or end with a gap"), ("C014", "two gaps in a row"),
        ("C014", "the pattern has no words"), ("C017", "ends the conversation, so it cannot also have"),
    ]

    /// Whether a golden `.diagnostics` file holds an error the schema can express.
    static func hasExpressibleError(_ golden: String) -> Bool {
        golden.split(separator: "\n").contains { line in
            expressible.contains { code, message in
                line.contains("error[\(code)]") && message.map { line.contains($0) } != false
            }
        }
    }

    /// The files check-jsonschema refuses (a schema error or a parse error), by path.
    static func refused(_ files: [String]) throws -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "check_jsonschema", "--schemafile", schema.path, "-o", "JSON"] + files
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(
            !complaint.contains("No module named"),
            "check-jsonschema is missing; Scripts/test installs it (python3 -m pip install --user check-jsonschema)")
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(complaint)")
        let failed = ((report["errors"] as? [[String: Any]]) ?? []) + ((report["parse_errors"] as? [[String: Any]]) ?? [])
        return Set(failed.compactMap { $0["filename"] as? String })
    }

    @Test func theSchemaRejectsExactlyTheFixturesWhoseErrorsItCanExpress() throws {
        let folder = TestScripts.fixtures.appendingPathComponent("invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        let paths = names.map { folder.appendingPathComponent($0).path }
        let refused = try Self.refused(paths)
        for (name, path) in zip(names, paths) {
            let golden = try String(
                contentsOf: folder.appendingPathComponent(name).deletingPathExtension().appendingPathExtension("diagnostics"),
                encoding: .utf8)
            #expect(refused.contains(path) == Self.hasExpressibleError(golden), "\(name): schema and lint disagree")
        }
    }

    @Test func theSchemaAcceptsEveryShippedScript() throws {
        let dialogue = Self.repository.appendingPathComponent("Dialogue")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: dialogue.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.map { dialogue.appendingPathComponent($0).path }
        #expect(scripts.count >= 3)
        #expect(try Self.refused(scripts).isEmpty)
    }

    /// The loader's checks the schema states too, one small script each: valid ones it accepts,
    /// and the ones the loader refuses it refuses.
    @Test func theSchemaAgreesWithTheLoaderOnEachRuleItStates() throws {
        let base = #"{"formatVersion": 1, "id": "x", "title": "X", "version": "1", "disclaimer": "d", "start": "a", "#
        let cases: [(json: String, loads: Bool)] = [
            (
                base
                    + #""nodes": [{"id": "a", "say": "q", "ask": {"save": "has-number"}, "next": "b"}, {"id": "b", "say": "x", "end": true}]}"#,
                true
            ),
            (
                base
                    + #""nodes": [{"id": "a", "say": "q", "ask": {"save": "s"}, "next": "b"}, {"id": "b", "say": ["hi", {"text": "t", "when": {"answer": "s"}}], "end": true, "//": ["c"]}]}"#,
                true
            ),
            (base + #""nodes": [{"id": "a", "say": ["hi", {"text": "t"}], "end": true}]}"#, false),
            (base + #""language": "English", "nodes": [{"id": "a", "say": "x", "end": true}]}"#, false),
            (
                base + #""source": {"title": "t", "author": "a", "note": " "}, "nodes": [{"id": "a", "say": "x", "end": true}]}"#,
                false
            ),
            (base + #""intents": {"i": {"keywords": {"text": "no"}}}, "nodes": [{"id": "a", "say": "x", "end": true}]}"#, false),
            (
                base
                    + #""nodes": [{"id": "a", "say": "q", "ask": {"save": "s"}, "next": [{"to": "b", "when": {"answer": "s", "is": "p", "isNot": "q"}}, {"to": "b"}]}, {"id": "b", "say": "x", "end": true}]}"#,
                false
            ),
            (base + #""intents": {"i": {"examples": ["yes"]}}, "nodes": [{"id": "a", "say": "x", "end": true}]}"#, false),
            (base + #""nodes": [{"id": "a", "say": 42, "end": true}]}"#, false),
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-schema-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, item) in cases.enumerated() {
            let path = folder.appendingPathComponent("case-\(index).json").path
            try item.json.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
            let loads = ScriptLinter.lint(bytes: Array(item.json.utf8), fileName: path).allSatisfy { $0.severity != .error }
            #expect(loads == item.loads, "the loader on case \(index): \(item.json)")
        }
        let refused = try Self.refused(paths)
        for (index, item) in cases.enumerated() {
            #expect(refused.contains(paths[index]) == !item.loads, "the schema on case \(index): \(item.json)")
        }
    }
}
