import CoachKit
import Foundation
import Testing

/// Every script in `Fixtures/invalid/` breaks one rule (its name says which) and must report
/// exactly the diagnostics in the `.diagnostics` file beside it: code, line, column and notes.
@Suite struct InvalidScriptTests {
    static let folder = TestScripts.fixtures.appendingPathComponent("invalid")

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test(arguments: scripts)
    func reportsExactlyItsGoldenDiagnostics(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: url))
        let diagnostics = ScriptLinter.lint(bytes: bytes, fileName: name)
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            let location = try #require(diagnostic.location)
            #expect(location.line >= 1 && location.column >= 1)
        }
        let text =
            diagnostics.map { diagnostic in
                let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
                let line = "\(place): \(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]: \(diagnostic.message)"
                return ([line] + diagnostic.notes.map { "  note: \($0)" }).joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        try Golden.assertMatches(text, golden: url.deletingPathExtension().appendingPathExtension("diagnostics"))
    }

    @Test func thereIsAFixtureForEveryLoaderCheck() {
        #expect(Self.scripts.count >= 20)
    }
}
