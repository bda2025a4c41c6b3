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
        let graph = ScriptGraph(script, reachedNodes: ["a"], takenEdges: [])
        #expect(graph.vertices.first { $0.id == "lost" }?.isReachable == false)
        #expect(graph.vertices.first { $0.id == "end" }?.isCovered == false)
        #expect(DotRenderer.render(graph).contains("xlabel=\"unreachable\""))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains("n_end([\"end\"])"))
        #expect(mermaid.contains("class n_lost missing"))
    }
}
