import CoachKit
import Testing

/// A message of `say` written `{"text", "when"}` is said only when its condition holds, so a
/// variant of a node needs no node of its own.
@Suite struct ConditionalMessageTests {
    static let json = """
        {"formatVersion": 1, "id": "m", "title": "M", "version": "1", "disclaimer": "d", "start": "ready",
         "intents": {"yes": {"keywords": ["yes", "ready"]}, "no": {"keywords": ["no", "not yet"]}},
         "nodes": [
           {"id": "ready", "say": "Are you ready to talk to them?",
            "ask": {"routes": [{"intent": "yes", "to": "plan"}, {"intent": "no", "to": "plan"}],
                    "fallback": {"to": "plan"}, "save": "ready"}},
           {"id": "plan",
            "say": ["Let's plan it.",
                    {"text": "Since you feel ready, pick a day this week.", "when": {"answer": "ready", "is": "yes"}},
                    {"text": "There's no hurry; a first step can be small.", "when": {"answer": "ready", "isNot": "yes"}},
                    "What would you say first?"],
            "ask": {"save": "first"}, "next": "bye"},
           {"id": "bye", "say": "Thank you.", "end": true}
         ]}
        """

    static func engine() throws -> Engine {
        try Engine(script: try TestScripts.load(json).get())
    }

    @Test(arguments: [
        ("yes, ready", "Since you feel ready, pick a day this week."),
        ("no", "There's no hurry; a first step can be small."),
        ("banana", "There's no hurry; a first step can be small."),
    ])
    func onlyTheMessagesWhoseConditionHoldsAreSaid(reply: String, variant: String) throws {
        var conversation = Conversation(engine: try Self.engine())
        if reply == "banana" { conversation.say(reply) }
        conversation.say(reply)
        #expect(conversation.last.messages.map(\.text) == ["Let's plan it.", variant, "What would you say first?"])
    }

    @Test func goingBackRepeatsTheMessagesThatHoldNow() throws {
        var conversation = Conversation(engine: try Self.engine())
        conversation.say("yes")
        conversation.say("I'd start with how I feel")
        conversation.command(.back)
        #expect(conversation.last.messages.map(\.text).contains("Since you feel ready, pick a day this week."))
        #expect(!conversation.last.messages.map(\.text).contains("There's no hurry; a first step can be small."))
    }

    @Test func aConditionInSayIsCheckedLikeAnyOther() {
        let json = Self.json.replacingOccurrences(of: #""isNot": "yes""#, with: #""isNot": "yess""#)
        let messages = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "m.json").map(\.message)
        #expect(messages == ["answer 'ready' can never be 'yess': the nodes that save it route only 'no', 'yes'"])
    }

    @Test func aConditionalMessageNeedsTextAndACondition() {
        let json = Self.json.replacingOccurrences(
            of: #"{"text": "Since you feel ready, pick a day this week.", "when": {"answer": "ready", "is": "yes"}}"#,
            with: #"{"txt": "Since you feel ready."}"#)
        let messages = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "m.json").map(\.message)
        #expect(
            messages == [
                "missing required field 'text'",
                "missing required field 'when'; a message said every time is written as a plain string",
                "unknown field 'txt'; did you mean 'text'?",
            ])
    }

    @Test func aNumberInSayNamesWhatSayHolds() {
        let json = Self.json.replacingOccurrences(of: #""say": "Thank you.""#, with: #""say": 42"#)
        let messages = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "m.json").map(\.message)
        #expect(messages.first == "expected a message or a list of messages, found number")
    }
}
