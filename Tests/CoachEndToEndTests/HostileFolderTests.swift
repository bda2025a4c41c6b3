import Foundation
import Testing

/// Coach keeps private things only in folders and files of its own: it never writes through a
/// link planted in its place, refuses a folder someone else owns, and tightens loose modes.
@Suite struct HostileFolderTests {
    @Test func aLinkInPlaceOfTheStoreIsRefusedAndNeverFollowed() throws {
        let state = try CoachBinary.temporaryFolder()
        let sessions = state.appendingPathComponent("coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let target = state.appendingPathComponent("someone-elses-file")
        try FileManager.default.createSymbolicLink(
            atPath: sessions.appendingPathComponent("coach.sqlite").path, withDestinationPath: target.path)
        let chat = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        #expect(chat.status == 0)
        #expect(chat.errors.contains("is a symbolic link"), "\(chat.errors)")
        #expect(chat.output.contains("What are you feeling most right now?"), "the chat goes on")
        #expect(!FileManager.default.fileExists(atPath: target.path), "nothing is written through the link")
    }

    /// The same for the files beside the store: SQLite's log and shared memory, and the locks.
    /// Each is refused by name and never written through; the chat goes on without saving.
    @Test(arguments: ["coach.sqlite-wal", "coach.sqlite-shm", "store.lock", "trust-is-broken.lock"])
    func aLinkInPlaceOfAFileBesideTheStoreIsRefusedByName(_ name: String) throws {
        let state = try CoachBinary.temporaryFolder()
        let sessions = state.appendingPathComponent("coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let target = state.appendingPathComponent("someone-elses-file")
        let link = sessions.appendingPathComponent(name).path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        let chat = try CoachBinary.run([], lines: ["he cheated on me", "numb"], state: state)
        #expect(chat.status == 0)
        #expect(chat.errors.contains("\(link) is a symbolic link"), "\(chat.errors)")
        #expect(chat.errors.contains("this chat goes on without saving"), "\(chat.errors)")
        #expect(chat.output.contains("What is one small thing you could do this week"), "the chat goes on")
        #expect(!FileManager.default.fileExists(atPath: target.path), "nothing is written through the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target.path, "the link is left as it is")
    }

    @Test func looseModesOnCoachsOwnFolderAndStoreAreTightened() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        let folder = state.appendingPathComponent("coach").path
        let store = StoreFile(state: state).path
        let sessions = (store as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sessions)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store)
        _ = try CoachBinary.run(["--resume"], lines: ["numb"], state: state)
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: sessions)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int == 0o600)
    }

    /// A relative HOME (and no XDG_STATE_HOME) would put the state wherever the chat starts;
    /// nothing is kept, and the person is told so before the first question. The same with no
    /// HOME at all (review F24: that chat saved nothing and did not say so).
    @Test(arguments: ["relhome", nil])
    func aRelativeOrMissingHomeKeepsNothingAndSaysSo(_ home: String?) throws {
        let start = try CoachBinary.temporaryFolder()
        let chat = try CoachBinary.run(
            [], input: Data("he cheated on me\n".utf8), environment: ["XDG_STATE_HOME": nil, "HOME": home], in: start)
        #expect(chat.status == 0)
        #expect(chat.output.contains("this conversation is not saved as it goes; /save FILE keeps a copy"), "\(chat.output)")
        #expect(chat.output.contains("What are you feeling most right now?"), "the chat goes on")
        #expect(try FileManager.default.contentsOfDirectory(atPath: start.path).isEmpty, "nothing is made where the chat started")
    }

    /// Only root can give a folder to another user, so only a root run can stage this.
    @Test(.enabled(if: geteuid() == 0)) func aStateFolderOwnedBySomeoneElseIsRefused() throws {
        let state = try CoachBinary.temporaryFolder()
        let sessions = state.appendingPathComponent("coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        #expect(chown(sessions.path, 65_534, 65_534) == 0)
        let chat = try CoachBinary.run([], lines: ["he cheated on me"], state: state)
        #expect(chat.status == 0)
        #expect(chat.errors.contains("belongs to another user"), "\(chat.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty, "nothing is kept there")
    }

    /// The same for the state folder itself, and for a store or its log planted by someone else
    /// inside a folder of Coach's own: refused by name, and a planted file is left as it was.
    @Test(.enabled(if: geteuid() == 0), arguments: ["coach", "coach/sessions/coach.sqlite", "coach/sessions/coach.sqlite-wal"])
    func aFileOrFolderOwnedBySomeoneElseIsRefused(_ planted: String) throws {
        let state = try CoachBinary.temporaryFolder()
        let sessions = state.appendingPathComponent("coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let path = state.appendingPathComponent(planted).path
        if planted.hasSuffix("sqlite") || planted.hasSuffix("-wal") {
            try "someone else's bytes".write(toFile: path, atomically: false, encoding: .utf8)
        }
        #expect(chown(path, 65_534, 65_534) == 0)
        let chat = try CoachBinary.run([], lines: ["he cheated on me", "numb"], state: state)
        #expect(chat.status == 0)
        #expect(chat.errors.contains("\(path) belongs to another user"), "\(chat.errors)")
        #expect(chat.output.contains("What is one small thing you could do this week"), "the chat goes on")
        if planted != "coach" {
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "someone else's bytes", "left as it was")
        }
    }
}
