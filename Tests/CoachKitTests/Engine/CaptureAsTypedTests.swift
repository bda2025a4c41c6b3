import CoachKit
import Testing

/// A capture is said back in the person's own words, as typed (issue 16, item 3), and a template
/// can change its case.
@Suite struct CaptureAsTypedTests {
    static let script = """
        {
          "formatVersion": 1, "id": "typed", "title": "Typed", "version": "1", "disclaimer": "A test.", "start": "feel",
          "intents": {"tired": {"phrases": ["so tired of *5 >"]}},
          "nodes": [
            {"id": "feel", "say": ["How are you?"], "ask": {"save": "feeling", "acknowledge": [
              {"intent": "tired", "variants": "{{sentence:1}}: that sounds exhausting."},
              {"variants": "I hear you."}
            ]}, "next": "bye"},
            {"id": "bye", "say": ["Bye."], "end": true}
          ]
        }
        """

    private func acknowledgement(of reply: String) throws -> String? {
        var conversation = Conversation(engine: try Engine(script: try TestScripts.load(Self.script).get()))
        conversation.say(reply)
        return conversation.last.messages.first?.text
    }

    /// The normalised words would say "your mum excuses" and "he does not listen".
    @Test(arguments: [
        ("so tired of my Mum's excuses", "Your Mum's excuses: that sounds exhausting."),
        ("so tired of how he doesn't listen", "How he doesn't listen: that sounds exhausting."),
        ("So tired of Dave’s lies!!", "Dave’s lies: that sounds exhausting."),
    ])
    func aCaptureIsSaidBackAsTypedAndReflected(reply: String, said: String) throws {
        #expect(try acknowledgement(of: reply) == said)
    }

    @Test func aGapThatTakesPartOfATypedWordGivesTheWholeWord() {
        let words = TextNormalizer.words(in: "I didn't, honestly")
        #expect(words.map(\.text) == ["i", "did", "not", "honestly"])
        #expect(words.map(\.source) == [0..<1, 2..<8, 2..<8, 10..<18])
    }

    @Test(arguments: [
        ("{{upper:1}}!", ["the lies"], "THE LIES!"),
        ("{{lower:1}}", ["Mum"], "mum"),
        ("{{sentence:1}} is heavy.", ["the waiting"], "The waiting is heavy."),
        ("{{sentence: 1 |That}} is heavy.", [], "That is heavy."),
        ("{{upper:1|as written}}", [], "as written"),
    ])
    func aCaseTransformChangesTheValueAndLeavesTheDefaultAsWritten(template: String, captures: [String], said: String) {
        #expect(Template.render(template, answers: [:], captures: captures) == said)
    }

    @Test func aTransformNobodyKnowsIsReportedWithTheOnesThatExist() {
        let broken = Self.script.replacingOccurrences(of: "{{sentence:1}}", with: "{{title:1}}")
        guard case .failure(let error) = TestScripts.load(broken) else {
            Issue.record("the script loaded")
            return
        }
        #expect(
            error.diagnostics.contains {
                $0.code == .unknownTemplateVariable && $0.message.contains("'{{title:1}}'")
                    && $0.message.contains("lower:, upper: or sentence:")
            })
    }
}
