import CoachKit
import DefaultScript
import Foundation
import Testing

/// Scripts and fixtures the tests share.
enum TestScripts {
    /// The built-in trust script, loaded once.
    static let trust: ValidatedScript = {
        switch ScriptLoader.load(bytes: Array(DefaultScript.json.utf8), fileName: DefaultScript.fileName) {
        case .success(let script): return script
        case .failure(let error):
            // NB: every test of the default script would fail anyway; say why once, loudly.
            preconditionFailure("the default script does not load: \(error.diagnostics.map(\.description))")
        }
    }()

    static let trustEngine: Engine = {
        do { return try Engine(script: trust) } catch { preconditionFailure("no English stemmer: \(error)") }
    }()

    /// The trust script with its JSON edited as a tree (keys may come out in another order).
    static func trust(edited edit: (inout [String: Any]) throws -> Void) throws -> ValidatedScript {
        try trust(edited: edit, loading: ()).get()
    }

    /// The trust script's JSON edited as a tree, loaded without requiring that it load.
    static func trust(
        edited edit: (inout [String: Any]) throws -> Void, loading _: Void
    ) throws -> Result<ValidatedScript, ScriptLoadError> {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(DefaultScript.json.utf8)) as? [String: Any])
        try edit(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        return load(String(decoding: data, as: UTF8.self))
    }

    /// Loads a script from JSON text written in a test.
    static func load(_ json: String, file: String = "test.json") -> Result<ValidatedScript, ScriptLoadError> {
        ScriptLoader.load(bytes: Array(json.utf8), fileName: file)
    }

    /// The source folder of the fixtures (not a copy), so golden files can be re-recorded in place.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The data lines of a tab-separated fixture, without comments and blank lines.
    static func rows(of relativePath: String) throws -> [[String]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(relativePath), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
