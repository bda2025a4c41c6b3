import CoachKit
import Foundation
import Testing

/// `/save` and `/save!`: a private copy of the conversation that never replaces a file unasked,
/// is written whole or not at all, and never writes through a link (reliability review F6, F7, F10).
@Suite struct SaveCommandTests {
    /// Extra blanks between a command and its file name are not part of the name.
    @Test(arguments: ["/save  ", "/save\t", "/save \t ", "/save!  ", "/save!\t"])
    func blanksBeforeTheFileNameAreNotPartOfIt(_ command: String) throws {
        let state = try CoachBinary.temporaryFolder()
        let file = state.appendingPathComponent("notes.transcript")
        let result = try CoachBinary.run([], lines: ["he cheated on me", command + file.path], state: state)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: file.path), "\(result.output)")
    }

    /// Each /save without a name makes a new file, however quickly they follow each other.
    @Test func savesWithoutANameNeverCollide() throws {
        let state = try CoachBinary.temporaryFolder()
        let result = try CoachBinary.run([], lines: ["he cheated on me", "/save", "/save", "/save"], state: state)
        let folder = state.appendingPathComponent("coach/transcripts").path
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(saved.count == 3, "\(saved)")
        #expect(!result.output.contains("already exists"), "\(result.output)")
    }

    /// Another chat's /save in the same second has taken the name (review F7: the second
    /// overwrote the first): the names of the next seconds are planted as another chat's files,
    /// so the chat's /save must meet one, keep it whole, and take a name of its own.
    @Test func aNameAnotherChatSavedThisSecondIsKept() throws {
        let state = try CoachBinary.temporaryFolder()
        let folder = state.appendingPathComponent("coach/transcripts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let now = Date()
        let planted = (0..<30).map {
            folder.appendingPathComponent("chat-\(formatter.string(from: now + Double($0))).transcript")
        }
        for file in planted { try "another chat's words\n".write(to: file, atomically: true, encoding: .utf8) }

        let result = try CoachBinary.run([], lines: ["he cheated on me", "/save"], state: state)
        #expect(result.output.contains("Saved the conversation so far"), "\(result.output)")
        for file in planted { #expect(try String(contentsOf: file, encoding: .utf8) == "another chat's words\n") }
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("-2.transcript") }
        try #require(saved.count == 1, "\(saved)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent(saved[0]), encoding: .utf8).contains("you: he cheated on me"))
    }

    @Test func saveWritesAPrivateTranscript() throws {
        let folder = try CoachBinary.temporaryFolder()
        let path = folder.appendingPathComponent("chat.transcript").path
        let result = try CoachBinary.run([], lines: ["he cheated on me", "/save \(path)"])
        #expect(result.output.contains("Saved the conversation so far"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("script: trust-is-broken"))
        #expect(text.contains("you: he cheated on me"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// `/save` never replaces a file; `/save! FILE` does, whole, as a private file of its own:
    /// a link there is replaced, never written through.
    @Test func saveRefusesAnExistingFileAndSaveBangReplacesItPrivately() throws {
        let folder = try CoachBinary.temporaryFolder()
        let existing = folder.appendingPathComponent("notes.txt").path
        try "my own notes\n".write(toFile: existing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: existing)
        let elsewhere = folder.appendingPathComponent("elsewhere.txt").path
        try "not to be touched\n".write(toFile: elsewhere, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: elsewhere)

        let refused = try CoachBinary.run([], lines: ["he cheated on me", "/save \(existing)", "/save \(link)"])
        #expect(refused.output.contains("already exists; /save! \(existing) replaces it"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my own notes\n")

        let replaced = try CoachBinary.run([], lines: ["he cheated on me", "/save! \(existing)", "/save! \(link)"])
        #expect(replaced.output.contains("Saved the conversation so far to \(existing) (readable only by you)."))
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("you: he cheated on me"))
        #expect(try FileManager.default.attributesOfItem(atPath: existing)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == "not to be touched\n")
        var information = stat()
        #expect(lstat(link, &information) == 0 && information.st_mode & S_IFMT == S_IFREG, "the link became a file of its own")
        // Nothing half-written is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    /// `--transcript` records into a new file and never replaces one; a device that is there
    /// is written to as it is, so `/dev/stdout` shows the recording and a full disk
    /// (`/dev/full`) is named as such while the chat goes on (review 1.14).
    @Test func transcriptRefusesAFileButRecordsIntoADeviceAndNamesItsError() throws {
        let folder = try CoachBinary.temporaryFolder()
        let existing = folder.appendingPathComponent("notes.txt").path
        try "my own notes\n".write(toFile: existing, atomically: true, encoding: .utf8)
        let refused = try CoachBinary.run(["--transcript", existing], lines: ["he cheated on me"])
        #expect(
            refused.errors.contains("cannot record into '\(existing)': it already exists, and --transcript never replaces a file")
        )
        #expect(refused.output.contains("What are you feeling most right now?"), "the chat goes on")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my own notes\n")

        let full = try CoachBinary.run(["--transcript", "/dev/full"], lines: ["he cheated on me"])
        #expect(full.output.contains("Saving the transcript failed (No space left on device)"), "\(full.output)\(full.errors)")
        #expect(!full.errors.contains("already exists"))
        #expect(full.output.contains("What are you feeling most right now?"), "the chat goes on")

        let shown = try CoachBinary.run(["--transcript", "/dev/stdout"], lines: ["he cheated on me"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("# Coach transcript"))
        #expect(shown.output.contains("you: he cheated on me"))
    }

    /// `/save!` replaces files, never a device or a folder.
    @Test func saveBangNeverReplacesADevice() throws {
        let result = try CoachBinary.run([], lines: ["he cheated on me", "/save! /dev/null"])
        #expect(result.output.contains("'/dev/null' is not a regular file, so it is not replaced"))
        var information = stat()
        #expect(stat("/dev/null", &information) == 0 && information.st_mode & S_IFMT == S_IFCHR)
    }

    /// A `/save!` killed before its rename, or failing on a full disk, leaves the old file as it
    /// was; the temporary file a kill leaves is removed by the next write of that name once it is
    /// clearly abandoned, and nothing else beside it is touched (review F6, F10).
    @Test func aSaveBangThatIsKilledOrFailsKeepsTheOldFileAndItsLeftoverIsClearedLater() throws {
        try #require(FileManager.default.isExecutableFile(atPath: KillAtEverySyscallTests.strace), "Scripts/test installs strace")
        let folder = try CoachBinary.temporaryFolder()
        let existing = folder.appendingPathComponent("notes.txt").path
        try "my own notes\n".write(toFile: existing, atomically: true, encoding: .utf8)
        let save = ["he cheated on me", "/save! \(existing)"]
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".notes.txt.tmp-") }.sorted()
        }

        let killed = try CoachBinary.run(
            [], lines: save, state: folder,
            under: [KillAtEverySyscallTests.strace, "-f", "-qq", "-o", "/dev/null", "-e", "inject=rename:signal=SIGKILL:when=1"])
        #expect(killed.status != 0, "the chat was killed at the rename")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my own notes\n")
        let left = try leftovers()
        try #require(left.count == 1, "\(left)")
        let abandoned = FileSystemProbe.path(folder, left[0])
        #expect(FileSystemProbe.mode(abandoned) == 0o600, "the leftover is private")

        let full = try CoachBinary.run([], lines: save, state: folder, under: CoachBinary.fileSizeLimit(1))
        #expect(
            full.output.contains("Could not save the conversation: writing '\(existing)' failed: File too large."),
            "\(full.output)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my own notes\n")

        // One abandoned a while ago, one as if another chat were writing it now, one a link.
        try FileSystemProbe.age(abandoned, seconds: 600)
        let young = FileSystemProbe.path(folder, ".notes.txt.tmp-inprogress")
        try "being written\n".write(toFile: young, atomically: false, encoding: .utf8)
        let elsewhere = FileSystemProbe.path(folder, "elsewhere.txt")
        try "not to be touched\n".write(toFile: elsewhere, atomically: false, encoding: .utf8)
        let link = FileSystemProbe.path(folder, ".notes.txt.tmp-link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: elsewhere)
        try FileSystemProbe.age(link, seconds: 600)

        let saved = try CoachBinary.run([], lines: save, state: folder)
        #expect(saved.output.contains("Saved the conversation so far to \(existing)"), "\(saved.output)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("you: he cheated on me"))
        #expect(try leftovers() == [".notes.txt.tmp-inprogress", ".notes.txt.tmp-link"])
        #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == "not to be touched\n")
    }

    /// A `/save!` killed at any write, sync or rename it makes leaves the file it replaces either
    /// as it was or as the whole new transcript, never empty or cut short (review F6): one trial
    /// per call, killed at its first, second, … until the chat makes no more.
    @Test(arguments: ["write", "fsync", "rename"])
    func aSaveBangKilledAtAnyWriteLeavesTheOldFileOrTheWholeNewOne(call: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: KillAtEverySyscallTests.strace), "Scripts/test installs strace")
        let answer = "he cheated on me"
        var killed = 0
        var (old, new, damaged) = (0, 0, 0)
        for trial in 1...300 {
            let folder = try CoachBinary.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let existing = FileSystemProbe.path(folder, "notes.txt")
            try "my own notes\n".write(toFile: existing, atomically: true, encoding: .utf8)
            let chat = try CoachBinary.run(
                [], lines: [answer, "/save! \(existing)"], state: folder,
                under: [
                    KillAtEverySyscallTests.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(call)",
                    "-e", "inject=\(call):signal=SIGKILL:when=\(trial)",
                ])
            let text = try String(contentsOfFile: existing, encoding: .utf8)
            if text == "my own notes\n" {
                old += 1
            } else if case .success(let saved) = TranscriptParser.parse(text, fileName: existing),
                saved.turns.first?.input == answer
            {
                new += 1
            } else {
                damaged += 1
                Issue.record("trial \(call) #\(trial) left neither the old file nor the whole new one: \(text)")
            }
            guard chat.status != 0 else {
                #expect(text != "my own notes\n", "the chat that was not killed saved")
                break
            }
            killed += 1
        }
        #expect(killed >= 1, "no trial was killed at \(call)")
        print(
            "/save! killed at \(call): \(killed) trials, \(old) kept the old file, \(new) the whole new one, \(damaged) damaged")
    }

    /// A link that points nowhere is still something at that name: `/save` refuses it, and
    /// `/save!` replaces the link itself, never creating the file it names.
    @Test func aDanglingLinkIsRefusedBySaveAndReplacedBySaveBang() throws {
        let folder = try CoachBinary.temporaryFolder()
        let nowhere = FileSystemProbe.path(folder, "nowhere.txt")
        let link = FileSystemProbe.path(folder, "dangling.transcript")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: nowhere)

        let refused = try CoachBinary.run([], lines: ["he cheated on me", "/save \(link)"], state: folder)
        #expect(refused.output.contains("already exists; /save! \(link) replaces it"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: nowhere))

        let replaced = try CoachBinary.run([], lines: ["he cheated on me", "/save! \(link)"], state: folder)
        #expect(replaced.output.contains("Saved the conversation so far to \(link) (readable only by you)."))
        #expect(!FileManager.default.fileExists(atPath: nowhere), "the link's target was never created")
        #expect(FileSystemProbe.kind(link) == S_IFREG)
        #expect(try String(contentsOfFile: link, encoding: .utf8).contains("you: he cheated on me"))
    }
}
