import CoachKit
import Testing

/// Clauses (issue 16, item 4): `[` and `]` tie a phrase to a clause's start and end, so a capture
/// can run to the end of what was said; `clauses: "first"` reads only the first clause that
/// holds a match.
@Suite struct ClauseTests {
    private static func script(clauses: String = "all") -> String {
        """
        {
          "formatVersion": 1, "id": "clauses", "title": "Clauses", "version": "1", "disclaimer": "A test.", "start": "talk",
          "classifier": {"clauses": "\(clauses)", "negation": false},
          "intents": {
            "partner": {"phrases": [{"text": "my partner *9 ]", "weight": 3}]},
            "feel": {"phrases": [{"text": "[ i feel *5 ]", "weight": 3}]},
            "bye": {"phrases": ["< bye >"]}
          },
          "globalRoutes": [{"intent": "bye", "to": "bye"}],
          "nodes": [
            {"id": "talk", "say": ["Go on."], "ask": {"save": "latest", "acknowledge": [
              {"intent": "partner", "variants": "Your partner {{1}}."},
              {"intent": "feel", "variants": "You feel {{1}}."},
              {"variants": "Go on."}
            ]}, "next": "talk"},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """
    }

    private func classify(_ reply: String, clauses: String = "all") throws -> Classification {
        let script = try TestScripts.load(Self.script(clauses: clauses)).get()
        let scope = IntentClassifier.Scope(local: [0, 1], global: [])
        return script.classifier.classify(reply, in: scope)
    }

    @Test func aGapBeforeTheClauseEndCapturesTheRestOfTheClause() throws {
        let reply = "my partner left me, and I stayed"
        let classification = try classify(reply)
        #expect(classification.outcome == .intent("partner"))
        #expect(classification.typedCaptures(of: "partner", in: reply) == ["left me"])
    }

    @Test func theClauseEndAlsoHoldsAtTheEndOfTheReply() throws {
        let reply = "my partner never calls lol"
        #expect(try classify(reply).typedCaptures(of: "partner", in: reply) == ["never calls"])
    }

    @Test func theClauseStartHoldsOnlyWhereAClauseBegins() throws {
        #expect(try classify("honestly, i feel lost").outcome == .intent("feel"))
        #expect(try classify("what i feel is lost").outcome == .fallback)
    }

    /// "first" lets go of what follows the first clause with a match; "all" reads the whole reply.
    @Test func firstClauseReadingKeepsOnlyTheFirstClauseThatHoldsAMatch() throws {
        let reply = "the weather is bad. i feel lost, my partner lied"
        let all = try classify(reply)
        #expect(all.candidates.map(\.name).sorted() == ["feel", "partner"])
        let first = try classify(reply, clauses: "first")
        #expect(first.candidates.map(\.name) == ["feel"])
        #expect(first.typedCaptures(of: "feel", in: reply) == ["lost"])
    }

    /// At an open question, the clause is the first that any rule hears, even when an earlier
    /// rule would hear a later clause.
    @Test func anAcknowledgementHearsTheFirstClauseAnyRuleHears() throws {
        let engine = try Engine(script: try TestScripts.load(Self.script(clauses: "first")).get())
        var conversation = Conversation(engine: engine)
        #expect(conversation.say("i feel lost. my partner lied").messages.first?.text == "You feel lost.")
        let all = try Engine(script: try TestScripts.load(Self.script()).get())
        var other = Conversation(engine: all)
        #expect(other.say("i feel lost. my partner lied").messages.first?.text == "Your partner lied.")
    }
}
