import Foundation
import CoachKit
import Testing

@Suite struct ScriptGraphTests {
    @Test func nodesHaveTheirKindsAndRoutesTheirIntents() {
        let graph = ScriptGraph(TestScripts.trust)
        #expect(graph.vertices.first { $0.id == "role" }?.kind == .question)
        #expect(graph.vertices.first { $0.id == "broke_what" }?.kind == .openQuestion)
        #expect(graph.vertices.first { $0.id == "welcome" }?.kind == .statement)
        #expect(graph.vertices.first { $0.id == "goodbye" }?.kind == .end)
        #expect(graph.edges.contains { $0.from == "role" && $0.to == "broke_intro" && $0.label == "broke" })
        #expect(graph.edges.contains { $0.from == "change_different" && $0.label == "role = both" })
        #expect(graph.globalRoutes.map(\.intent) == ["end"])
        #expect(graph.vertices.allSatisfy { $0.isReachable })
    }

    @Test func dotShowsGlobalRoutesAndTheSafetyLayerOnce() {
        let dot = DotRenderer.render(ScriptGraph(TestScripts.trust))
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.components(separatedBy: "__safety\" [").count == 2)
        #expect(dot.contains("\"__any\" -> \"goodbye_stop\" [label=\"end\""))
    }

    @Test func unreachableAndUncoveredNodesAreMarked() throws {
        let script = try TestScripts.load(
            """
            {"formatVersion": 1, "id": "x", "title": "X", "version": "1", "disclaimer": "d", "start": "a",
             "nodes": [{"id": "a", "say": ["hi"], "next": "end"}, {"id": "lost", "say": ["?"], "next": "end"},
                       {"id": "end", "say": ["bye"], "end": true}]}
            """
        ).get()
        let graph = ScriptGraph(script, coverage: try Self.coverage(of: script, replies: []))
        #expect(graph.vertices.first { $0.id == "lost" }?.isReachable == false)
        #expect(graph.vertices.first { $0.id == "end" }?.isCovered == true)
        #expect(graph.vertices.first { $0.id == "lost" }?.isCovered == false)
        #expect(DotRenderer.render(graph).contains("xlabel=\"unreachable\""))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains("n_end([\"end\"])"))
        #expect(mermaid.contains("class n_lost missing"))
    }

    /// The coverage of one replayed conversation: the transcript gives only replies, checkpoint-free.
    static func coverage(of script: ValidatedScript, replies: [String]) throws -> ScriptCoverage {
        let text =
            (["# Coach transcript", "format: 2", "script: \(script.script.id) 1", "seed: 1", ""] + replies.map { "you: \($0)" })
            .joined(separator: "\n") + "\n"
        let transcript = try TranscriptParser.parse(text, fileName: "t.transcript").get()
        var coverage = ScriptCoverage(script: script)
        coverage.add(TranscriptReplayer(engine: try Engine(script: script)).replay(transcript))
        return coverage
    }

    /// Two routes and a fallback between the same two nodes: each edge is marked by itself.
    @Test func eachRouteAndFallbackIsCoveredByItself() throws {
        let script = try TestScripts.load(
            """
            {"formatVersion": 1, "id": "x", "title": "X", "version": "1", "disclaimer": "d", "start": "q",
             "intents": {"yes": {"keywords": ["yes"]}, "no": {"keywords": ["no"]}},
             "nodes": [{"id": "q", "say": "Ready?", "ask": {"routes": [{"intent": "yes", "to": "end"}, {"intent": "no", "to": "end"}],
                        "fallback": {"after": 1, "to": "end"}}},
                       {"id": "end", "say": ["bye"], "end": true}]}
            """
        ).get()
        let graph = ScriptGraph(script, coverage: try Self.coverage(of: script, replies: ["yes"]))
        #expect(graph.edges.map(\.isCovered) == [true, false, false])
        #expect(MermaidRenderer.render(graph).contains("linkStyle 2,3 stroke:#d00"))
        let missed = ScriptGraph(script, coverage: try Self.coverage(of: script, replies: ["banana"]))
        #expect(missed.edges.map(\.isCovered) == [false, false, true])
        #expect(DotRenderer.render(missed).contains("\"q\" -> \"end\" [label=\"yes\", color=red, fontcolor=red];"))
    }
}
