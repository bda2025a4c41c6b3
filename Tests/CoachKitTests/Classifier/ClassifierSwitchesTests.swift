import CoachKit
import Testing

/// The script's switches (issue 16, item 6): stemming, typo correction and negation scoping
/// can be turned off for a script that says people's words back; the safety layer keeps its own.
@Suite struct ClassifierSwitchesTests {
    private static func script(classifier: String) -> String {
        """
        {
          "formatVersion": 1, "id": "switches", "title": "Switches", "version": "1", "disclaimer": "A test.", "start": "ask",
          "classifier": {\(classifier)},
          "intents": {
            "feel": {"keywords": ["feel"]}, "sure": {"keywords": ["sure"]}, "sorry": {"keywords": ["sorry"]}, "trust": {"keywords": ["trust"]},
            "partner": {"phrases": [{"text": "my partner *5 >", "weight": 3}]}
          },
          "nodes": [
            {"id": "ask", "say": ["Well?"], "ask": {"routes": [
              {"intent": "feel", "to": "bye"}, {"intent": "sure", "to": "bye"}, {"intent": "sorry", "to": "bye"}, {"intent": "trust", "to": "bye"},
              {"intent": "partner", "to": "bye"}], "fallback": {"to": "bye"}}},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """
    }

    private func outcome(_ reply: String, classifier: String = "") throws -> Classification.Outcome {
        let script = try TestScripts.load(Self.script(classifier: classifier)).get()
        let scope = try #require(script.scope(at: "ask"))
        return script.classifier.classify(reply, in: scope).outcome
    }

    @Test func stemmingOffMatchesOnlyTheWordAsNormalised() throws {
        #expect(try outcome("feeling low") == .intent("feel"))
        #expect(try outcome("feeling low", classifier: #""stemming": false"#) == .fallback)
        #expect(try outcome("i feel low", classifier: #""stemming": false"#) == .intent("feel"))
    }

    @Test func typoCorrectionOffLeavesUnknownWordsUnknown() throws {
        #expect(try outcome("trsut") == .intent("trust"))
        #expect(try outcome("trsut", classifier: #""typoCorrection": false"#) == .fallback)
        #expect(try outcome("trust", classifier: #""typoCorrection": false"#) == .intent("trust"))
    }

    @Test func negationOffMatchesEveryWordAsSaid() throws {
        #expect(try outcome("not sure") == .fallback)
        #expect(try outcome("not sure", classifier: #""negation": false"#) == .intent("sure"))
        #expect(try outcome("i do not feel anything") == .fallback)
        #expect(try outcome("i do not feel anything", classifier: #""negation": false"#) == .intent("feel"))
    }

    /// Normalising is not a switch: contractions and texting forms read the same way.
    @Test func normalisingHappensWithEverySwitchOff() throws {
        let off = #""stemming": false, "typoCorrection": false, "negation": false"#
        #expect(try outcome("im sorry", classifier: off) == .intent("sorry"))
    }

    /// The safety layer reads danger the same way whatever the script turns off.
    @Test func theSafetyLayerKeepsItsOwnReading() throws {
        let off = #""stemming": false, "typoCorrection": false, "negation": false"#
        let engine = try Engine(script: try TestScripts.load(Self.script(classifier: off)).get())
        var conversation = Conversation(engine: engine)
        let turn = conversation.say("i keep thinking about killing myself")
        #expect(turn.events.contains { if case .safety = $0 { true } else { false } })
    }

    /// A term can turn negation or typo correction off for itself, in a script that keeps them.
    @Test func aTermCanTurnNegationAndTypoCorrectionOffForItself() throws {
        let perTerm = Self.script(classifier: "")
            .replacingOccurrences(
                of: #""sure": {"keywords": ["sure"]}"#, with: #""sure": {"keywords": [{"text": "sure", "negation": false}]}"#
            )
            .replacingOccurrences(
                of: #""trust": {"keywords": ["trust"]}"#,
                with: #""trust": {"keywords": [{"text": "trust", "typoCorrection": false}]}"#)
        let script = try TestScripts.load(perTerm).get()
        let scope = try #require(script.scope(at: "ask"))
        #expect(script.classifier.classify("not sure", in: scope).outcome == .intent("sure"))
        #expect(script.classifier.classify("trsut", in: scope).outcome == .fallback)
        #expect(script.classifier.classify("trust", in: scope).outcome == .intent("trust"))
        // The other terms keep the script's reading.
        #expect(script.classifier.classify("i do not feel anything", in: scope).outcome == .fallback)
    }

    @Test func anUnknownClauseReadingIsRefusedWithTheChoices() {
        guard case .failure(let error) = TestScripts.load(Self.script(classifier: #""clauses": "last""#)) else {
            Issue.record("a script with clauses 'last' loaded")
            return
        }
        #expect(
            error.diagnostics.contains {
                $0.code == .invalidValue && $0.message.contains("'clauses' is 'all' or 'first', found 'last'")
            })
    }
}
