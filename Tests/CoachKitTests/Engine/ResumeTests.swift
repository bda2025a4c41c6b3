import CoachKit
import Foundation
import Testing

@Suite struct ResumeTests {
    @Test func aSavedConversationRoundTripsAndResumesAtItsQuestion() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        let saved = SavedSession(script: TestScripts.trust.script, scriptPath: nil, state: conversation.state)
        let decoded = try JSONDecoder().decode(SavedSession.self, from: try JSONEncoder().encode(saved))
        #expect(decoded == saved)
        #expect(decoded.fit(with: TestScripts.trust) == .resumable)
        let turn = try TestScripts.trustEngine.resume(decoded.state)
        #expect(turn.messages.first?.text == "Welcome back. Here is where we were.")
        #expect(turn.messages.last?.text == "What are you feeling most right now?")
        #expect(turn.state == conversation.state)
    }

    @Test func resumingMidSafetyCheckInAsksTheCheckInAgain() throws {
        var conversation = Conversation()
        conversation.say("I hate myself for what I did")
        let turn = try TestScripts.trustEngine.resume(conversation.state)
        #expect(turn.messages.last?.kind == .safety)
    }

    @Test func conversationsThatCannotGoOnSayWhy() throws {
        var conversation = Conversation()
        conversation.say("he cheated on me")
        var finished = conversation.state
        finished.phase = .finished(.reachedEnd)
        var saved = SavedSession(script: TestScripts.trust.script, scriptPath: nil, state: finished)
        #expect(saved.fit(with: TestScripts.trust) == .finished)
        saved.state.phase = .awaitingReply(node: "gone")
        #expect(saved.fit(with: TestScripts.trust) == .missingNode("gone"))
        saved.scriptID = "other"
        #expect(saved.fit(with: TestScripts.trust) == .otherScript("other"))
        saved.formatVersion = 99
        #expect(saved.fit(with: TestScripts.trust) == .unsupportedVersion(99))
        #expect(throws: EngineError.unknownNode("gone")) {
            var state = conversation.state
            state.phase = .awaitingReply(node: "gone")
            try TestScripts.trustEngine.resume(state)
        }
    }
}

@Suite struct ScriptExplorerTests {
    @Test func theSameSeedWalksTheSameWay() {
        let explorer = ScriptExplorer(engine: TestScripts.trustEngine)
        let first = explorer.explore(walks: 40, seed: 5)
        let second = explorer.explore(walks: 40, seed: 5)
        #expect(first.turns == second.turns)
        #expect(first.reachedNodes == second.reachedNodes)
        #expect(first.failures.isEmpty)
        #expect(first.finished == 40)
    }

    @Test func aWalkThatNeverEndsIsReportedWithATranscript() throws {
        let script = try TestScripts.load(
            """
            {"formatVersion": 1, "id": "loop", "title": "Loop", "version": "1", "disclaimer": "d", "start": "q",
             "intents": {"yes": {"keywords": ["yes"], "samples": ["yes"]}},
             "nodes": [{"id": "q", "say": ["Again?"], "ask": {"routes": [{"intent": "yes", "to": "q"}], "fallback": {"to": "done"}}},
                       {"id": "done", "say": ["Bye."], "end": true}]}
            """
        ).get()
        let report = ScriptExplorer(engine: try Engine(script: script), maximumTurns: 30).explore(walks: 10, seed: 1)
        let failure = try #require(report.failures.first)
        #expect(failure.kind == .neverEnded)
        #expect(failure.lastNode == "q")
        #expect(failure.transcript.turns.count == 30)
        #expect(failure.transcript.headerComments.contains { $0.contains("never ended at 'q' after 30 replies") })
        let groups = report.failureGroups
        #expect(groups.count == 1, "every walk loops at the same question")
        #expect(groups.first?.count == report.failures.count)
    }
}
