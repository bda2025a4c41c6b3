import CoachKit
import Testing

/// How a typed line is read as a command, the one reading the chat and replay share.
@Suite struct SlashCommandTests {
    @Test(arguments: ["he lied to me", "", "   ", "i typed 1/2 of it", "and/or"])
    func aLineThatDoesNotStartWithASlashIsAnAnswer(_ line: String) {
        #expect(SlashCommand(parsing: line) == nil)
    }

    @Test(arguments: [
        ("/back", EngineCommand.back), ("/Back", .back), ("  /RESTART  ", .restart), ("/where now", .where),
        ("/journal\tplease", .journal), ("/resources", .resources),
    ])
    func theEngineCommandsAreReadWhateverTheirCaseAndWhateverFollows(_ line: String, _ command: EngineCommand) throws {
        let parsed = try #require(SlashCommand(parsing: line))
        #expect(parsed.action == .engine(command))
        #expect(parsed.engineCommand == command)
    }

    @Test(arguments: [
        ("/help", SlashCommand.Action.help), ("/HELP", .help), ("/reload", .reload), ("/quit", .quit), ("/exit", .quit),
        ("/Exit now", .quit), ("/save", .save(replacing: false)), ("/save!", .save(replacing: true)),
    ])
    func theFrontEndCommandsChangeNothingTheEngineHolds(_ line: String, _ action: SlashCommand.Action) throws {
        let parsed = try #require(SlashCommand(parsing: line))
        #expect(parsed.action == action)
        #expect(parsed.engineCommand == nil)
    }

    /// A mistyped command is a command nobody knows, never an answer to save.
    @Test(arguments: ["/hepl", "/", "/save!notes.txt", "/backk", "/ i feel awful"])
    func aNameNobodyKnowsIsAnUnknownCommand(_ line: String) throws {
        #expect(try #require(SlashCommand(parsing: line)).action == .unknown)
    }

    @Test func theArgumentIsWhatFollowsTheNameAfterAnyRunOfBlanks() throws {
        let parsed = try #require(SlashCommand(parsing: "/Save \t notes from tuesday.txt  "))
        #expect(parsed.name == "/save")
        #expect(parsed.argument == "notes from tuesday.txt")
        #expect(try #require(SlashCommand(parsing: "/save   ")).argument == nil)
    }
}
