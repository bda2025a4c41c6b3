import CoachKit
import Foundation
import Testing

/// The scripts authors ship in `Dialogue/`: each lints clean and names the schema, and the
/// schema and the decoder agree on every field.
@Suite struct DialogueFolderTests {
    static let folder = TestScripts.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Dialogue")

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
    }

    @Test func thereAreAtLeastTwoScripts() {
        #expect(Self.scripts.count >= 2)
    }

    @Test(arguments: scripts)
    func lintsCleanAndNamesTheSchema(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let diagnostics = ScriptLinter.lint(bytes: bytes, fileName: "Dialogue/\(name)")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let root = try JSONParser.parse(bytes)
        guard case .object(let members) = root.kind else { Issue.record("not an object"); return }
        #expect(members.first { $0.key == "$schema" }?.value.kind == .string("./coach-script.schema.json"))
    }

    @Test func theSchemaListsExactlyTheFieldsTheDecoderKnows() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("coach-script.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        // NB: other definitions (a comment, a term's text, what version 1 leaves out) are shapes of values.
        let objects = definitions.filter { ($0.value as? [String: Any])?["type"] as? String == "object" }
        #expect(Set(objects.keys) == Set(ScriptFields.bySchemaDefinition.keys))
        for (name, fields) in ScriptFields.bySchemaDefinition {
            let definition = try #require(definitions[name] as? [String: Any], "\(name)")
            let properties = try #require(definition["properties"] as? [String: Any], "\(name)")
            #expect(Set(properties.keys) == Set(fields + ScriptFields.comments), "schema definition '\(name)'")
            #expect(
                definition["additionalProperties"] as? Bool == false, "'\(name)' must reject unknown fields, as the decoder does")
        }
    }
}
