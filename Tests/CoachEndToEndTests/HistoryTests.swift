import Foundation
import Testing

/// What the line history file keeps between chats, for someone whose computer may be read by
/// the person they are talking about: commands by default, everything only when asked, or nothing.
@Suite(.serialized) struct HistoryTests {
    static let answer = "he cheated on me"

    /// A chat at a terminal: an answer, then `/journal`, then `/quit`.
    static func chat(arguments: [String] = [], environment: [String: String] = [:], state: URL) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(arguments: arguments, state: state, environment: environment)
        terminal.waitFor("You: ")
        terminal.type("\(answer)\r")
        terminal.waitFor("What are you feeling most right now?")
        terminal.waitFor("You: ")
        terminal.type("/journal\r")
        terminal.waitFor("Who broke the trust")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        return terminal
    }

    static func history(in state: URL) -> String? {
        try? String(contentsOfFile: state.appendingPathComponent("coach/history").path, encoding: .utf8)
    }

    /// A history file as an earlier Coach, which kept every line, left it.
    static func writeOldHistory(in state: URL) throws {
        let folder = state.appendingPathComponent("coach")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try "\(answer)\n/journal\n".write(to: folder.appendingPathComponent("history"), atomically: true, encoding: .utf8)
    }

    @Test func byDefaultTheFileKeepsTheCommandsAndNeverTheAnswers() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try Self.chat(state: state)
        #expect(Self.history(in: state) == "/journal\n/quit\n")
    }

    @Test func aCommandIsKeptByItsNameAlone() throws {
        let state = try CoachBinary.temporaryFolder()
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("/save \(state.path)/what-he-did.transcript\r")
        terminal.waitFor("Saved the conversation so far")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(Self.history(in: state) == "/save\n/quit\n")
    }

    @Test(arguments: [
        (["--history", "all"], [:]),
        ([], ["COACH_HISTORY": "all"]),
    ])
    func optingInKeepsTheAnswersForTheNextChat(_ arguments: [String], _ environment: [String: String]) throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try Self.chat(arguments: arguments, environment: environment, state: state)
        #expect(Self.history(in: state) == "\(Self.answer)\n/journal\n/quit\n")

        let next = try PseudoTerminal(arguments: arguments, state: state, environment: environment)
        next.waitFor("Continue where you left off? [Y/n] ")
        next.type("n\r")
        next.waitFor("You: ")
        next.type("\u{1B}[A\u{1B}[A\u{1B}[A")
        next.waitFor(Self.answer)
    }

    @Test func theOptionOverridesTheEnvironment() throws {
        let state = try CoachBinary.temporaryFolder()
        _ = try Self.chat(arguments: ["--history", "commands"], environment: ["COACH_HISTORY": "all"], state: state)
        #expect(Self.history(in: state) == "/journal\n/quit\n")
    }

    @Test func anOlderFileLosesItsAnswersAndTheUpArrowNeverShowsThem() throws {
        let state = try CoachBinary.temporaryFolder()
        try Self.writeOldHistory(in: state)
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        #expect(Self.history(in: state) == "/journal\n", "rewritten before the first prompt")
        terminal.type("\u{1B}[A\u{1B}[A")
        terminal.waitFor("/journal")
        terminal.type("\r")
        terminal.waitFor("Your journal is empty")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(!terminal.screen.contains(Self.answer))
        #expect(Self.history(in: state) == "/journal\n/journal\n/quit\n")
        let mode = try FileManager.default.attributesOfItem(atPath: state.appendingPathComponent("coach/history").path)[
            .posixPermissions]
        #expect(mode as? Int == 0o600)
    }

    /// A history of commands only, so never rewritten, that another tool left readable by
    /// everyone is made private before the first prompt, and keeps its lines (review F5).
    @Test func aLooseHistoryOfCommandsIsMadePrivateAndKeepsItsLines() throws {
        let state = try CoachBinary.temporaryFolder()
        let folder = state.appendingPathComponent("coach")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = folder.appendingPathComponent("history").path
        try "/journal\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(Self.history(in: state) == "/journal\n/quit\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    }

    /// A link planted at the history's name is never read, written or changed through: the
    /// file it names keeps its lines and its mode, and its lines never reach the up arrow.
    @Test func aLinkAtTheHistorysNameIsNeverFollowed() throws {
        let state = try CoachBinary.temporaryFolder()
        let folder = state.appendingPathComponent("coach")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let target = state.appendingPathComponent("notes-of-someone-else")
        let lines = "a line that is not ours\n/journal\n"
        try lines.write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("history").path, withDestinationPath: target.path)
        let terminal = try PseudoTerminal(arguments: [], state: state)
        terminal.waitFor("You: ")
        terminal.type("\u{1B}[A\u{1B}[A")
        terminal.type("\u{15}/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(terminal.screen.contains("cannot be used (it is a link); this chat keeps no history"), "\(terminal.screen)")
        #expect(!terminal.screen.contains("a line that is not ours"))
        #expect(try String(contentsOf: target, encoding: .utf8) == lines)
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o644)
    }

    @Test func noneKeepsNoFileAndDeletesAnOldOne() throws {
        let state = try CoachBinary.temporaryFolder()
        try Self.writeOldHistory(in: state)
        let terminal = try PseudoTerminal(arguments: ["--history", "none"], state: state)
        terminal.waitFor("You: ")
        terminal.type("\(Self.answer)\r")
        terminal.waitFor("What are you feeling most right now?")
        terminal.waitFor("You: ")
        terminal.type("\u{1B}[A")
        terminal.waitFor(Self.answer)
        terminal.type("\u{15}/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(Self.history(in: state) == nil)
    }

    @Test func anUnknownEnvironmentValueIsReportedAndKeepsOnlyCommands() throws {
        let state = try CoachBinary.temporaryFolder()
        let terminal = try Self.chat(environment: ["COACH_HISTORY": "everything"], state: state)
        #expect(
            terminal.screen.contains(
                "warning: COACH_HISTORY is 'everything', which is not one of 'all', 'commands', 'none'; the history keeps only commands"
            ))
        #expect(Self.history(in: state) == "/journal\n/quit\n")
    }

    @Test func anUnknownOptionValueIsRefusedWithTheChoices() throws {
        let result = try CoachBinary.run(["--history", "some"])
        #expect(result.status == 64)
        #expect(result.errors.contains("The value 'some' is invalid for '--history <mode>'"))
        #expect(result.errors.contains("'all', 'commands' or 'none'"))
    }
}
