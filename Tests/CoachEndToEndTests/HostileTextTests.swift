import Foundation
import Testing

/// Names in a script or a transcript can hold terminal escapes (a window title, a screen clear);
/// every command shows them as visible codes and never sends them raw (reliability review F14, F15).
@Suite struct HostileTextTests {
    static let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}\u{202E}"

    /// A script whose node, intent and target names hold escapes, with one unknown field.
    private func hostileFiles() throws -> (folder: URL, script: String, transcript: String) {
        let folder = try CoachBinary.temporaryFolder()
        let e = Self.escape
        let script: [String: Any] = [
            "formatVersion": 1, "id": "hostile", "title": "T", "version": "1", "disclaimer": "d", "start": "q",
            "tit\(e)le": "x",
            "intents": ["a\(e)": ["keywords": ["yes"]], "b": ["keywords": ["no"]]],
            "nodes": [
                [
                    "id": "q", "say": ["?"],
                    "ask": ["routes": [["intent": "a\(e)", "to": "e\(e)"], ["intent": "b", "to": "e"]]],
                ],
                ["id": "e", "say": ["bye"], "end": true],
            ],
        ]
        let scriptURL = folder.appendingPathComponent("hostile.json")
        try JSONSerialization.data(withJSONObject: script).write(to: scriptURL)
        let transcriptURL = folder.appendingPathComponent("hostile.transcript")
        try "# Coach transcript\nformat: 1\nscript: hostile\(e) 1\nseed: 1\n\nyou: yes\n> node: x\(e)\n".write(
            to: transcriptURL, atomically: true, encoding: .utf8)
        return (folder, scriptURL.path, transcriptURL.path)
    }

    @Test func noCommandSendsAnEscapeFromAFileToTheTerminal() throws {
        let files = try hostileFiles()
        let valid = files.folder.appendingPathComponent("valid.json")
        let text = try String(contentsOfFile: files.script, encoding: .utf8)
        // The same script without its unknown field loads, so graph and classify can run on it.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        try JSONSerialization.data(withJSONObject: object.filter { !$0.key.hasPrefix("tit") }).write(to: valid)
        let commands: [[String]] = [
            ["lint", files.script], ["chat", files.script], ["graph", valid.path], ["graph", "--format", "mermaid", valid.path],
            ["classify", "--script", valid.path, "--node", "q", "--explain", "yes"],
            ["replay", files.transcript, "--script", valid.path], ["replay", "--show", files.transcript],
        ]
        for command in commands {
            let result = try CoachBinary.run(command, lines: [], state: files.folder)
            let shown = result.output + result.errors
            #expect(!shown.unicodeScalars.contains { [0x1B, 0x9B, 0x202E].contains($0.value) }, "\(command): \(shown)")
        }
        // Shown, not dropped: the author can see what the file holds.
        let lint = try CoachBinary.run(["lint", files.script], lines: [], state: files.folder)
        #expect(lint.errors.contains("tit^[]0;pwned^G^[[2J\\u{9b}\\u{202e}le"), "\(lint.errors)")
    }

    /// Every place a transcript can hold a name (its file name, a speaker, a checkpoint's kind or
    /// value, a coach line a diff shows) reaches the terminal as visible codes, whatever replay
    /// is asked to do with it (review F15).
    @Test(arguments: ["> no{E}de: x", "yo{E}u: yes", "coach: bye{E}", "> saved: a{E}", "> ended: fin{E}ished"])
    func replayShowsEveryPlaceOfAHostileTranscriptAsCodes(_ line: String) throws {
        let folder = try CoachBinary.temporaryFolder()
        let e = Self.escape
        let transcript = folder.appendingPathComponent("t\(e).transcript").path
        let body = line.replacingOccurrences(of: "{E}", with: e)
        let text = "# Coach transcript\nformat: 1\nscript: trust-is-broken 1\nseed: 1\n\nyou: yes\n\(body)\n"
        for command in [["replay", transcript], ["replay", "--show", transcript], ["replay", "--update", transcript]] {
            try text.write(toFile: transcript, atomically: true, encoding: .utf8)
            let result = try CoachBinary.run(command, lines: [], state: folder)
            let shown = result.output + result.errors
            #expect(!shown.isEmpty, "\(command) said nothing")
            #expect(!shown.unicodeScalars.contains { [0x1B, 0x9B, 0x202E].contains($0.value) }, "\(command): \(shown)")
        }
    }

    /// Characters that reorder or hide text, typed in a reply, are shown as codes wherever the
    /// reply is shown again: its echo and the journal.
    @Test func aReplyCannotReorderOrHideWhatTheTerminalShows() throws {
        let result = try CoachBinary.run([], lines: ["he cheated on me", "numb\u{202E}gnihton\u{200B}\u{FEFF}", "/journal"])
        #expect(result.status == 0)
        #expect(!result.output.unicodeScalars.contains { [0x202E, 0x200B, 0xFEFF].contains($0.value) }, "\(result.output)")
        #expect(result.output.contains("numb\\u{202e}gnihton\\u{200b}\\u{feff}"), "\(result.output)")
    }

    /// A transcript's header names a script by id, never by path: "../outside" reaches no file
    /// outside the folders searched (reliability review F22).
    @Test func aHeaderCannotNameAScriptOutsideTheFoldersSearched() throws {
        let folder = try CoachBinary.temporaryFolder()
        let inner = folder.appendingPathComponent("inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let outside = """
            {"formatVersion": 1, "id": "outside", "title": "O", "version": "1", "disclaimer": "d", "start": "e",
             "nodes": [{"id": "e", "say": ["from outside"], "end": true}]}
            """
        try outside.write(to: folder.appendingPathComponent("outside.json"), atomically: true, encoding: .utf8)
        let transcript = inner.appendingPathComponent("t.transcript")
        try "# Coach transcript\nformat: 1\nscript: ../outside 1\nseed: 1\n\ncoach: from outside\n".write(
            to: transcript, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run(["replay", transcript.path], lines: [], state: folder)
        #expect(result.status != 0)
        #expect(result.errors.contains("no script '../outside.json'"), "\(result.errors)")
    }
}
