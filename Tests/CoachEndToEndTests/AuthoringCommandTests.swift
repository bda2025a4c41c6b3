import Foundation
import Testing

/// The authors' commands: lint, graph, replay and explore, as run from a terminal or CI.
@Suite struct AuthoringCommandTests {
    static let dialogue = CoachBinary.repository.appendingPathComponent("Dialogue").path
    static let transcripts = CoachBinary.repository.appendingPathComponent("Tests/Transcripts").path
    static let invalid = CoachBinary.repository.appendingPathComponent("Tests/CoachKitTests/Fixtures/invalid").path

    @Test func lintPassesTheShippedScriptsAndExitsZero() throws {
        let result = try CoachBinary.run(["lint", Self.dialogue])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("0 errors, 0 warnings"))
    }

    /// A path that is not a readable script is reported, and the summary does not call the
    /// run clean: it counts the file it could not read.
    @Test func lintOfAFileItCannotReadSaysSoInItsSummary() throws {
        let result = try CoachBinary.run(["lint", "/dev/zero", Self.dialogue + "/trust-is-broken.json"])
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot read"), "\(result.errors)")
        #expect(result.errors.hasSuffix("lint: 0 errors, 0 warnings; 1 file could not be read\n"), "\(result.errors)")
    }

    @Test func lintReportsProblemsWithExitOneAndJSONForTools() throws {
        let file = Self.invalid + "/Transitions-MustTargetExistingNodes.json"
        let text = try CoachBinary.run(["lint", file])
        #expect(text.status == 1)
        #expect(text.errors.contains("\(file):11:42: error[C011]: 'apolgy' is not a node; did you mean 'apology'?"))
        let json = try CoachBinary.run(["lint", "--format", "json", file])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(entries.first?["code"] as? String == "C011")
        #expect(entries.first?["line"] as? Int == 11)
        #expect(entries.first?["column"] as? Int == 42)
    }

    @Test func lintChecksTheSafetyDataAsTheSameCompilerSeesItAndPointsAtAMistake() throws {
        let clean = try CoachBinary.run(["lint", Self.dialogue + "/Safety"])
        #expect(clean.status == 0, "\(clean.errors)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-lint-\(UUID())/Safety")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for name in ["lexicon.json", "responses.json", "resources.json"] {
            var text = try String(contentsOfFile: Self.dialogue + "/Safety/" + name, encoding: .utf8)
            if name == "lexicon.json" { text = text.replacingOccurrences(of: "\"~someone ", with: "\"~somone ") }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let broken = try CoachBinary.run(["lint", folder.appendingPathComponent("lexicon.json").path])
        #expect(broken.status == 1)
        #expect(broken.errors.contains("error[C013]: concept '~somone' is not declared; did you mean '~someone'?"))
    }

    @Test func evaluateReportsTheSafetyLayersRecallAndRejectsABadLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-evaluate-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = [
            #"{"text": "he choked me last night", "label": "crisis", "level": "urgent", "category": "physical_violence", "writer": "us"}"#,
            #"{"text": "i'd die of embarrassment", "label": "not_crisis", "level": "none", "category": "none", "writer": "us"}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run(["evaluate", file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("crisis replies that engage it:       1/1 (100.0%)"))
        #expect(result.output.contains("not-crisis replies that get urgent:  0/1 (0.0%)"))
        try (lines[0] + "\n{\"text\": 3}").write(to: file, atomically: true, encoding: .utf8)
        let bad = try CoachBinary.run(["evaluate", file.path])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("\(file.path):2: missing the string field 'text'"))
    }

    @Test func evaluateGivesPrecisionRecallAndConfusionAsJSON() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-evaluate-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = [
            #"{"node": "role", "text": "i cheated on him", "label": "broke", "writer": "us"}"#,
            #"{"node": "role", "text": "she lied to me for a year", "label": "hurt", "writer": "us"}"#,
            #"{"node": "role", "text": "purple", "label": "both", "writer": "them"}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run(["evaluate", "--format", "json", file.path])
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["replies"] as? Int == 3)
        let groups = try #require(object["groups"] as? [[String: Any]])
        let role = try #require(groups.first { $0["group"] as? String == "role" })
        let writers = try #require(role["writers"] as? [[String: Any]])
        #expect(Set(writers.compactMap { $0["writer"] as? String }) == ["all", "them", "us"])
        let confusion = try #require(role["confusion"] as? [String: [String: Int]])
        #expect(confusion["broke"]?["broke"] == 1)
        #expect(confusion["both"]?["fallback"] == 1)
        let misses = try #require(object["misses"] as? [[String: Any]])
        #expect(misses.map { $0["text"] as? String } == ["purple"])
    }

    /// `coach evaluate SCRIPT FILE...`, as the authoring guide writes it: a `.json` first file is
    /// the script, not labelled replies to read line by line.
    @Test func evaluateTakesTheScriptAsItsFirstFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-evaluate-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("two.json")
        let labelled = folder.appendingPathComponent("two.jsonl")
        try FileManager.default.copyItem(atPath: Self.dialogue + "/trust-is-broken.json", toPath: script.path)
        try #"{"node": "role", "text": "i cheated on him", "label": "broke", "writer": "us"}"#
            .write(to: labelled, atomically: true, encoding: .utf8)
        let positional = try CoachBinary.run(["evaluate", script.path, labelled.path])
        #expect(positional.status == 0, "\(positional.errors)")
        #expect(positional.output.contains("routing: 1 replies"), "\(positional.output)")
        let both = try CoachBinary.run(["evaluate", "--script", script.path, script.path, labelled.path])
        #expect(both.status != 0)
        #expect(both.errors.contains("give the script once"), "\(both.errors)")
        let alone = try CoachBinary.run(["evaluate", script.path])
        #expect(alone.status != 0)
        #expect(alone.errors.contains("give at least one labelled file"), "\(alone.errors)")
    }

    /// A folder is searched with its subfolders, and JSON that is not a script (a package.json
    /// beside the scripts) is skipped with a note rather than reported as a broken script.
    @Test func lintOfAFolderDescendsAndSkipsJSONThatIsNotAScript() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-lint-\(UUID())")
        let inner = folder.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: Self.dialogue + "/difficult-conversation.json", toPath: folder.appendingPathComponent("talk.json").path)
        try #"{"name": "my-scripts", "version": "1.0.0"}"#
            .write(to: folder.appendingPathComponent("package.json"), atomically: true, encoding: .utf8)
        let clean = try CoachBinary.run(["lint", folder.path])
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.errors.contains("note: skipped '\(folder.path)/package.json'"), "\(clean.errors)")
        try #"{"formatVersion": 1, "nodes": []"#.write(
            to: inner.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try CoachBinary.run(["lint", folder.path])
        #expect(broken.status == 1)
        #expect(broken.errors.contains("drafts/broken.json:1:"), "\(broken.errors)")
    }

    @Test func lintThatCannotRunExitsTwo() throws {
        #expect(try CoachBinary.run(["lint", "/no/such/file.json"]).status == 2)
    }

    @Test func graphPrintsDotAndMermaid() throws {
        #expect(try CoachBinary.run(["graph"]).output.hasPrefix("digraph"))
        #expect(try CoachBinary.run(["graph", "--format", "mermaid"]).output.hasPrefix("flowchart TD"))
    }

    @Test func replayOfTheGoldenTranscriptsPassesWithThePlainSummaryLine() throws {
        let result = try CoachBinary.run(["replay", "--coverage", Self.transcripts])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("trust-is-broken: nodes 40/40 (100%), routes 20/20 (100%)"))
        let last = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.range(of: #"^\d+ passed, 0 failed$"#, options: .regularExpression) != nil, "\(last)")
    }

    @Test func recordingAPipedChatThenReplayingItPasses() throws {
        let folder = try CoachBinary.temporaryFolder()
        let path = folder.appendingPathComponent("chat.transcript").path
        let chat = try CoachBinary.run(
            ["--transcript", path, "--seed", "9"], lines: ["he cheated on me", "numb", "/back", "tired", "walks"])
        #expect(chat.status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let replay = try CoachBinary.run(["replay", path])
        #expect(replay.status == 0, "\(replay.output)")
        #expect(replay.output.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func anEditedLineFailsWithTheTurnAndADiffAndUpdateFixesIt() throws {
        let folder = try CoachBinary.temporaryFolder()
        let path = folder.appendingPathComponent("chat.transcript").path
        _ = try CoachBinary.run(["--transcript", path, "--seed", "9"], lines: ["he cheated on me"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "What are you feeling most right now?", with: "How are you?").write(
            toFile: path, atomically: true, encoding: .utf8)
        let failed = try CoachBinary.run(["replay", path])
        #expect(failed.status == 1)
        #expect(failed.output.contains("turn 1 ("))
        #expect(failed.output.contains("you: \"he cheated on me\""))
        #expect(failed.output.contains("-coach: How are you?"))
        #expect(failed.output.contains("+coach: What are you feeling most right now?"))
        #expect(failed.output.hasSuffix("0 passed, 1 failed\n"))
        let updated = try CoachBinary.run(["replay", "--update", path])
        #expect(updated.status == 0, "a rewritten transcript is no failure")
        #expect(updated.output.hasSuffix("0 passed, 1 updated, 0 failed\n"))
        #expect(try CoachBinary.run(["replay", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    /// `replay --update` on a link rewrites the file it names, keeping that file's mode, and
    /// the link stays a link.
    @Test func updateThroughALinkRewritesItsTargetAndKeepsBoth() throws {
        let folder = try CoachBinary.temporaryFolder()
        let target = folder.appendingPathComponent("real.transcript").path
        _ = try CoachBinary.run(["--transcript", target, "--seed", "9"], lines: ["he cheated on me"])
        let text = try String(contentsOfFile: target, encoding: .utf8)
        try text.replacingOccurrences(of: "What are you feeling most right now?", with: "How are you?").write(
            toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        let link = folder.appendingPathComponent("link.transcript").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try CoachBinary.run(["replay", "--update", link])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == text)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
    }

    @Test func showPrintsAReadableConversation() throws {
        let result = try CoachBinary.run(["replay", "--show", Self.transcripts + "/trust-is-broken/hurt-yes.transcript"])
        #expect(result.output.contains("You:   he cheated on me"))
        #expect(result.output.contains("Coach: What are you feeling most right now?"))
    }

    @Test func exploreWalksEveryScriptToAnEnd() throws {
        for script in ["trust-is-broken.json", "difficult-conversation.json"] {
            let result = try CoachBinary.run(["explore", Self.dialogue + "/" + script, "--walks", "300", "--seed", "3"])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("300 ended, 0 failed"))
        }
    }

    @Test func exploreWritesALoopingWalkAsATranscript() throws {
        let folder = try CoachBinary.temporaryFolder()
        let script = folder.appendingPathComponent("loop.json").path
        try """
        {"formatVersion": 1, "id": "loop", "title": "Loop", "version": "1", "disclaimer": "d", "start": "q",
         "intents": {"yes": {"keywords": ["yes"], "samples": ["yes"]}},
         "nodes": [{"id": "q", "say": ["Again?"], "ask": {"routes": [{"intent": "yes", "to": "q"}], "fallback": {"to": "done"}}},
                   {"id": "done", "say": ["Bye."], "end": true}]}
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("failures").path
        let result = try CoachBinary.run(["explore", script, "--walks", "5", "--maximum-turns", "20", "--out", out])
        #expect(result.status == 1)
        let failed = result.output.split(separator: "\n").filter { $0.contains("never ended at 'q'") }
        #expect(failed.count == 1, "one loop, one line: \(result.output)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written.count == 1, "one loop, one transcript")
        let text = try String(contentsOfFile: out + "/" + written[0], encoding: .utf8)
        #expect(text.contains("# coach explore, walk "), "the transcript says what it shows")
        let replay = try CoachBinary.run(["replay", "--script", script, out + "/" + written[0]])
        #expect(replay.status == 0, "the failing walk reproduces: \(replay.output)")
    }
}
