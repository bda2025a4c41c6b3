import CoachKit
import Testing

/// A script's own `substitutions` and `reflection` (issue 16, item 3), in the language pack's
/// format and set over the pack's tables.
@Suite struct ScriptTablesTests {
    private static func script(tables: String) -> String {
        """
        {
          "formatVersion": 1, "id": "tables", "title": "Tables", "version": "1", "disclaimer": "A test.", "start": "talk",
          \(tables)
          "intents": {
            "mother": {"phrases": [{"text": "my mother *5 >", "weight": 3}]},
            "bye": {"phrases": ["< bye >"]}
          },
          "globalRoutes": [{"intent": "bye", "to": "bye"}],
          "nodes": [
            {"id": "talk", "say": ["Go on."], "ask": {"save": "latest", "acknowledge": [
              {"intent": "mother", "variants": "Your mother {{1}}? And {{answers.latest}}."},
              {"variants": "You said {{answers.latest}}."}
            ]}, "next": "talk"},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """
    }

    private func first(_ reply: String, tables: String) throws -> String? {
        var conversation = Conversation(engine: try Engine(script: try TestScripts.load(Self.script(tables: tables)).get()))
        return conversation.say(reply).messages.first?.text
    }

    @Test func substitutionsAreReadBeforeMatchingAndCapturesStayAsTyped() throws {
        let tables = #""substitutions": {"mum": "mother", "mom": "mother"},"#
        #expect(try first("my mum never calls me", tables: "") == "You said your mum never calls you.")
        #expect(
            try first("my mum never calls me", tables: tables) == "Your mother never calls you? And your mum never calls you.")
        #expect(try first("my Mom hates me", tables: tables) == "Your mother hates you? And your Mom hates you.")
    }

    /// A substitution cannot change what the safety layer hears.
    @Test func substitutionsLeaveTheSafetyLayerAlone() throws {
        let tables = #""substitutions": {"kill": "hug", "myself": "everyone"},"#
        var conversation = Conversation(engine: try Engine(script: try TestScripts.load(Self.script(tables: tables)).get()))
        let turn = conversation.say("i want to kill myself")
        #expect(turn.events.contains { if case .safety = $0 { true } else { false } })
    }

    @Test func aScriptsReflectionIsSetOverThePacks() throws {
        #expect(try first("i reckon my ex was right", tables: "") == "You said you reckon your ex was right.")
        let tables = #""reflection": {"swaps": {"ex": "former partner"}, "afterWord": {"ex": {"was": "is"}}},"#
        #expect(try first("i reckon my ex was right", tables: tables) == "You said you reckon your former partner is right.")
    }

    @Test func anEntryThatIsNotAWordIsReportedWhereItStands() {
        let tables = #""substitutions": {"Mum": "mother", "dad": "my Father"},"#
        guard case .failure(let error) = TestScripts.load(Self.script(tables: tables)) else {
            Issue.record("a script with substitutions that are not words loaded")
            return
        }
        let messages = error.diagnostics.filter { $0.code == .invalidValue }.map(\.message)
        #expect(messages.contains { $0.contains("'Mum' is not a word as replies are read") })
        #expect(messages.contains { $0.contains("'Father' is not a word as replies are read") })
    }
}
