import CoachKit
import Foundation
import Testing

/// A reply that asks about the question is explained, not answered (first-use review: "what do
/// you mean by boundary?" was saved as the person's boundary).
@Suite struct QuestionAboutTheQuestionTests {
    /// Our own wordings, typed the ways people type them.
    static let askingAboutIt = [
        "what do you mean?", "WHAT DO YOU MEAN??", "wdym", "what do u mean by boundary", "what does productive mean",
        "why do you ask", "why r u asking me that", "can you explain boundaries?", "could u explain that pls",
        "idk what you mean", "im not sure what youre asking", "i dont get the question", "huh?", "what??",
        "like what?", "for example?", "give me an example", "whats a boundary", "can you say that another way",
        "what is that supposed to mean lol", "um what do you mean", "ok but like what do u mean", "why?", "i dont understand",
        "can you repeat that", "give me some examples", "what kind of boundary", "I not understand question", "please explain me",
    ]

    /// Answers that only hold such words, or a question that is itself the answer.
    static let answers = [
        "what do you mean I broke it, he cheated on me", "what do you mean by boundary? maybe a time limit",
        "a time limit", "i dont understand why he did it", "like what he did to me hurt", "why did she do it",
        "i dont know what to do", "no phones at dinner, that would help",
        // A gap must hold a word of the question: these ask about the relationship, not the question.
        "what does loyalty even mean", "can you explain why he cheated", "what are my options", "what counts as cheating",
        "what is a promise worth",
    ]

    private func atBoundaries() -> Conversation {
        var conversation = Conversation()
        for reply in ["i was the one who cheated", "i slept with someone else", "yes", "she cant sleep"] {
            conversation.say(reply)
        }
        return conversation
    }

    @Test(arguments: askingAboutIt)
    func aQuestionAboutAnOpenQuestionIsExplainedAndNothingIsSaved(_ reply: String) throws {
        var conversation = atBoundaries()
        try #require(conversation.node == "boundaries_q")
        let answersBefore = conversation.state.answers
        let node = try #require(TestScripts.trust.node("boundaries_q"))
        conversation.say(reply)
        #expect(conversation.node == "boundaries_q")
        #expect(conversation.state.answers == answersBefore)
        #expect(conversation.state.misses == 0)
        #expect(conversation.last.events == [.explainedQuestion])
        let said = conversation.last.messages.map(\.text)
        #expect(said == node.ask.map { $0.explain.map(\.value) + [node.say[node.say.count - 1].text.value] })
    }

    @Test(arguments: answers)
    func anAnswerThatOnlyHoldsTheWordsIsSaved(_ reply: String) throws {
        var conversation = atBoundaries()
        conversation.say(reply)
        #expect(conversation.state.answers["boundary"]?.text == reply)
        #expect(!conversation.last.events.contains(.explainedQuestion))
    }

    /// At a routed question it is no miss either: no fallback counts toward moving on.
    @Test func aQuestionAboutARoutedQuestionIsNoMiss() {
        var conversation = Conversation()
        conversation.say("what do you mean?")
        conversation.say("why are you asking")
        #expect(conversation.node == "role")
        #expect(conversation.state.misses == 0)
        #expect(conversation.lastText.contains("whose actions") || conversation.lastText.contains("cracked the trust"))
        conversation.say("he cheated on me")
        #expect(conversation.node == "hurt_feel")
    }

    /// The safety layer still comes first: danger inside such a question is heard.
    @Test func dangerInsideTheQuestionIsStillHeard() {
        var conversation = atBoundaries()
        conversation.say("what do you mean, he said hes going to kill me")
        #expect(conversation.last.events.contains { if case .safety = $0 { true } else { false } })
    }

    /// Without `explain`, the coach offers another wording (`reask`), or else the question again.
    @Test func withoutAnExplanationTheQuestionIsReworded() throws {
        let script = try TestScripts.trust(edited: { object in
            var nodes = try #require(object["nodes"] as? [[String: Any]])
            for index in nodes.indices where nodes[index]["ask"] != nil {
                var ask = try #require(nodes[index]["ask"] as? [String: Any])
                ask["explain"] = nil
                ask["reask"] = nodes[index]["id"] as? String == "hurt_feel" ? ["Which feeling is loudest today?"] : nil
                nodes[index]["ask"] = ask
            }
            object["nodes"] = nodes
        })
        var conversation = Conversation(engine: try Engine(script: script))
        conversation.say("what do you mean")
        #expect(conversation.last.messages.map(\.text) == [try #require(script.node("role")?.say.last?.text.value)])
        conversation.say("he cheated on me")
        conversation.say("what do you mean")
        #expect(conversation.last.messages.map(\.text) == ["Which feeling is loudest today?"])
        #expect(conversation.state.answers["feelings"] == nil)
    }

    /// An explanation is a message like any other: its templates are checked (C016).
    @Test func anExplanationNamingAnUnknownTemplateVariableIsReported() throws {
        let result = try TestScripts.trust(
            edited: { object in
                var nodes = try #require(object["nodes"] as? [[String: Any]])
                let index = try #require(nodes.firstIndex { $0["id"] as? String == "role" })
                var ask = try #require(nodes[index]["ask"] as? [String: Any])
                ask["explain"] = ["I mean {{whatever}}."]
                nodes[index]["ask"] = ask
                object["nodes"] = nodes
            }, loading: ())
        guard case .failure(let error) = result else {
            Issue.record("the script loaded")
            return
        }
        #expect(
            error.diagnostics.contains { $0.code == .unknownTemplateVariable && $0.location?.path.contains("explain") == true })
    }

    @Test func everyQuestionOfTheShippedScriptsHasAnExplanation() throws {
        for name in ["trust-is-broken.json", "difficult-conversation.json"] {
            let url = TestScripts.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Dialogue").appendingPathComponent(name)
            let script = try TestScripts.load(try String(contentsOf: url, encoding: .utf8), file: name).get()
            for node in script.script.nodes where node.ask != nil {
                #expect(node.ask?.explain.isEmpty == false, "\(name): \(node.id) has no explain")
            }
        }
    }

    @Test func aPhraseNotTiedToTheWholeReplyIsReported() {
        let text = #"["< what do you mean >", "what do you mean"]"#
        let source = SourceText(fileName: "pack.json", text: text)
        let phrases = [
            Located("< what do you mean >", at: JSONPath("[0]", offset: 1)),
            Located("what do you mean", at: JSONPath("[1]", offset: 25)),
        ]
        let diagnostics = QuestionAboutTheQuestion.compiling(phrases, source: source).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("must be tied to the end of the reply") == true)
        #expect(diagnostics.first?.location?.column == 26)
    }

    /// "can you explain boundaries?" asks about a question on boundaries, and is an answer to a
    /// question on feelings.
    @Test func aPhraseWithAGapCountsOnlyWhenTheGapHoldsAWordOfTheQuestion() {
        let words = TextNormalizer.words(in: "can you explain boundaries?")
        let detector = QuestionAboutTheQuestion.english
        #expect(detector.isAsked(by: words, about: "What's one boundary that would help?"))
        #expect(!detector.isAsked(by: words, about: "What are you feeling most right now?"))
        #expect(detector.isAsked(by: TextNormalizer.words(in: "what do you mean?"), about: "What are you feeling?"))
    }

    @Test func theEnglishPackLintsClean() {
        #expect(LanguagePackLinter.lint(LanguagePack.embeddedEnglishSource).isEmpty)
    }
}
