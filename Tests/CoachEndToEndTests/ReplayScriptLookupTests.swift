import Foundation
import Testing

/// Which script `coach replay` runs a transcript against when no --script is given: `ID.json`
/// beside the transcript first, then a `Dialogue/` folder beside it or above it, then
/// `./Dialogue` (reliability review F22, 4.19).
@Suite struct ReplayScriptLookupTests {
    private func script(id: String, saying line: String) -> String {
        """
        {"formatVersion": 1, "id": "\(id)", "title": "T", "version": "1", "disclaimer": "d", "start": "e",
         "nodes": [{"id": "e", "say": ["\(line)"], "end": true}]}
        """
    }

    /// A conversation saved with /save replays where it was saved: what the coach keeps of a
    /// chat is in its store, so no `ID.json` of saved state sits beside the transcript to be
    /// taken for the script (the review saw C005 "missing required field 'id'").
    @Test func aSavedChatReplaysWhereItWasSaved() throws {
        let state = try CoachBinary.temporaryFolder()
        let chat = try CoachBinary.run([], lines: ["he cheated on me", "numb", "/save"], state: state)
        #expect(chat.status == 0, "\(chat.errors)")
        let transcripts = state.appendingPathComponent("coach/transcripts")
        let saved = try FileManager.default.contentsOfDirectory(atPath: transcripts.path)
        let name = try #require(saved.first { $0.hasSuffix(".transcript") }, "\(saved)")
        let everything = FileManager.default.enumerator(atPath: state.path)?.compactMap { $0 as? String } ?? []
        #expect(!everything.contains { $0.hasSuffix(".json") }, "no saved state as JSON: \(everything)")

        let replay = try CoachBinary.run(["replay", transcripts.appendingPathComponent(name).path], lines: [], state: state)
        #expect(replay.status == 0, "\(replay.output)\(replay.errors)")
        #expect(replay.output.hasSuffix("1 passed, 0 failed\n"), "\(replay.output)")
    }

    /// The script beside the transcript is the one it was recorded with, even when the folder
    /// replay runs in has its own `Dialogue/` with a script of that id; without it, that one is used.
    @Test func theScriptBesideTheTranscriptComesBeforeTheWorkingFolders() throws {
        let folder = try CoachBinary.temporaryFolder()
        let recorded = folder.appendingPathComponent("recorded")
        let working = folder.appendingPathComponent("working/Dialogue")
        for url in [recorded, working] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try script(id: "lookup", saying: "from beside").write(
            to: recorded.appendingPathComponent("lookup.json"), atomically: true, encoding: .utf8)
        try script(id: "lookup", saying: "from the working folder").write(
            to: working.appendingPathComponent("lookup.json"), atomically: true, encoding: .utf8)
        let transcript = recorded.appendingPathComponent("t.transcript")
        try "# Coach transcript\nformat: 1\nscript: lookup 1\nseed: 1\n\ncoach: from beside\n".write(
            to: transcript, atomically: true, encoding: .utf8)
        let workingFolder = working.deletingLastPathComponent()
        // The coach's opening lines, from the script beside it.
        let recording = try CoachBinary.run(["replay", "--update", transcript.path], state: folder, in: workingFolder)
        #expect(recording.status == 0, "\(recording.output)\(recording.errors)")
        #expect(try String(contentsOf: transcript, encoding: .utf8).contains("coach: from beside"))

        let beside = try CoachBinary.run(["replay", transcript.path], state: folder, in: workingFolder)
        #expect(beside.status == 0, "\(beside.output)\(beside.errors)")

        try FileManager.default.removeItem(at: recorded.appendingPathComponent("lookup.json"))
        let fromWorking = try CoachBinary.run(["replay", transcript.path], state: folder, in: workingFolder)
        #expect(fromWorking.status != 0)
        #expect(fromWorking.output.contains("from the working folder"), "\(fromWorking.output)\(fromWorking.errors)")
    }
}
