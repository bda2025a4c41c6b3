import Foundation
import Testing

/// The editor files read lint's real output: VS Code's problem matcher in `.vscode/tasks.json`
/// (its pattern, and the watch task's begin and end lines) and Vim's errorformat in
/// `Dialogue/Editor/coach.vim`.
@Suite struct EditorIntegrationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let editor = repository.appendingPathComponent("Dialogue/Editor")

    /// A script in a `Dialogue` folder with one error and one warning.
    static func brokenScript() throws -> (folder: URL, relativePath: String) {
        let folder = try CoachBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Dialogue"), withIntermediateDirectories: true)
        let script = """
            {"formatVersion": 1, "id": "x", "title": "X", "version": "1", "disclaimer": "d", "start": "a",
             "nodes": [{"id": "a", "say": ["hi"], "next": "bye"},
                       {"id": "lost", "say": ["?"], "next": "nowhere"},
                       {"id": "bye", "say": ["bye"], "end": true}]}
            """
        try script.write(to: folder.appendingPathComponent("Dialogue/x.json"), atomically: true, encoding: .utf8)
        return (folder, "Dialogue/x.json")
    }

    /// The tasks file without its `//` comment lines (VS Code reads JSON with comments).
    static func vscodeTasks() throws -> [[String: Any]] {
        let text = try String(contentsOf: repository.appendingPathComponent(".vscode/tasks.json"), encoding: .utf8)
        let json = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["tasks"] as? [[String: Any]])
    }

    static func matcher(_ task: [String: Any]) throws -> [String: Any] {
        try #require(task["problemMatcher"] as? [String: Any])
    }

    @Test func vscodesPatternFindsEveryDiagnosticWithItsPlaceAndCode() throws {
        let (folder, path) = try Self.brokenScript()
        let lint = try CoachBinary.run(["lint", path], in: folder)
        let json = try CoachBinary.run(["lint", "--format", "json", path], in: folder)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(expected.count == 2)
        for task in try Self.vscodeTasks() {
            let pattern = try #require(try Self.matcher(task)["pattern"] as? [String: Any])
            let regex = try NSRegularExpression(
                pattern: try #require(pattern["regexp"] as? String), options: [.anchorsMatchLines])
            let text = lint.errors
            let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            func group(_ match: NSTextCheckingResult, _ key: String) -> String? {
                guard let index = pattern[key] as? Int, let range = Range(match.range(at: index), in: text) else { return nil }
                return String(text[range])
            }
            let found = matches.map { match in
                [
                    group(match, "file"), group(match, "line"), group(match, "column"), group(match, "severity"),
                    group(match, "code"),
                ]
            }
            let wanted = expected.map { diagnostic in
                [
                    path, "\(diagnostic["line"] ?? "")", "\(diagnostic["column"] ?? "")", diagnostic["severity"] as? String,
                    diagnostic["code"] as? String,
                ]
            }
            #expect(found == wanted, "\(task["label"] ?? "")")
        }
    }

    @Test func theWatchTaskSeesEachRoundBeginAndEnd() throws {
        let (folder, path) = try Self.brokenScript()
        let tasks = try Self.vscodeTasks()
        let watch = try #require(tasks.first { ($0["args"] as? [String])?.contains("--watch") == true })
        let background = try #require(try Self.matcher(watch)["background"] as? [String: Any])
        let begins = try NSRegularExpression(
            pattern: try #require(background["beginsPattern"] as? String), options: [.anchorsMatchLines])
        let ends = try NSRegularExpression(
            pattern: try #require(background["endsPattern"] as? String), options: [.anchorsMatchLines])
        let script = folder.appendingPathComponent(path)
        let process = try LiveProcess(arguments: ["lint", "--watch", script.path], state: folder)
        process.waitFor("lint: 1 error, 1 warning")
        let fixed = try String(contentsOf: script, encoding: .utf8).replacingOccurrences(of: "nowhere", with: "bye")
        try fixed.write(to: script, atomically: true, encoding: .utf8)
        process.waitFor("lint: 0 errors, 1 warning")
        _ = process.end(with: SIGTERM)
        func count(_ regex: NSRegularExpression) -> Int {
            regex.numberOfMatches(in: process.text, range: NSRange(process.text.startIndex..., in: process.text))
        }
        #expect(count(begins) == 2, "\(process.text)")
        #expect(count(ends) == 2, "\(process.text)")
    }

    @Test func vimsErrorformatFillsTheQuickfixList() throws {
        let vim = "/usr/bin/vim"
        try #require(FileManager.default.isExecutableFile(atPath: vim), "Scripts/test installs vim for this test")
        let (folder, path) = try Self.brokenScript()
        let lint = try CoachBinary.run(["lint", path], in: folder)
        try lint.errors.write(to: folder.appendingPathComponent("lint.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: vim)
        process.currentDirectoryURL = folder
        process.arguments = [
            "-es", "-u", "NONE", "-N", "-c", "source \(Self.editor.appendingPathComponent("coach.vim").path)",
            "-c", "edit \(path)", "-c", "cgetfile lint.txt",
            "-c",
            #"call writefile(map(getqflist(), {_, e -> bufname(e.bufnr) . ':' . e.lnum . ':' . e.col . ':' . e.type . ':' . e.text}), 'qf.txt')"#,
            "-c", "qa!",
        ]
        try process.run()
        process.waitUntilExit()
        let list = try String(contentsOf: folder.appendingPathComponent("qf.txt"), encoding: .utf8)
        #expect(
            list.split(separator: "\n") == [
                "Dialogue/x.json:3:12:w:[C020]: node 'lost' cannot be reached from the start node 'a'",
                "Dialogue/x.json:3:49:e:[C011]: 'nowhere' is not a node",
            ], "\(list)")
    }
}
