@testable import CoachKit
import Testing

/// Scripts past `ScriptValidator.concurrentRulesThreshold` nodes are checked by rules running
/// side by side; what they report must be complete, in file order, and the same every time.
@Suite struct LargeScriptValidationTests {
    /// A chain of `count` questions with three mistakes near the end: a route to a node that
    /// does not exist, a route naming an undeclared intent, and an intent nothing routes to.
    static func script(nodes count: Int) -> String {
        var nodes: [String] = []
        for index in 0..<count {
            let next = index == count - 1 ? "end" : "n\(index + 1)"
            let target = index == count - 3 ? "nowhere" : next
            let intent = index == count - 2 ? "unheard" : "yes"
            nodes.append(
                """
                {"id": "n\(index)", "say": ["Question \(index)?"], "ask": {"routes": [{"intent": "\(intent)", "to": "\(target)"}], \
                "fallback": {"after": 1, "to": "\(next)"}}}
                """)
        }
        nodes.append(#"{"id": "end", "say": ["Bye."], "end": true}"#)
        return """
            {"formatVersion": 1, "id": "large", "title": "Large", "version": "1", "disclaimer": "d", "start": "n0",
             "intents": {"yes": {"keywords": ["yes"]}, "spare": {"keywords": ["maybe"]}},
             "nodes": [\(nodes.joined(separator: ",\n"))]}
            """
    }

    @Test func everyProblemIsReportedInFileOrderAndTheSameEachTime() throws {
        let count = ScriptValidator.concurrentRulesThreshold + 100
        let json = Self.script(nodes: count)
        let first = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "large.json")
        let second = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "large.json")
        #expect(first == second)
        let codes = Set(first.map(\.code))
        #expect(codes == [.unknownNode, .unknownIntent, .unusedDeclaration], "\(first.map(\.message))")
        let lines = first.compactMap { $0.location?.line }
        #expect(lines == lines.sorted(), "diagnostics come in file order")
        #expect(first.contains { $0.message.contains("'nowhere' is not a node") })
        #expect(first.contains { $0.message.contains("intent 'unheard' is not declared") })
        #expect(first.contains { $0.message.contains("intent 'spare' is declared but no route or acknowledgement uses it") })
    }

    @Test func aValidLargeScriptLoads() throws {
        let count = ScriptValidator.concurrentRulesThreshold + 100
        let json = Self.script(nodes: count).replacingOccurrences(of: "\"nowhere\"", with: "\"n\(count - 2)\"")
            .replacingOccurrences(of: "\"unheard\"", with: "\"yes\"")
            .replacingOccurrences(of: #", "spare": {"keywords": ["maybe"]}"#, with: "")
        let script = try ScriptLoader.load(bytes: Array(json.utf8), fileName: "large.json").get()
        #expect(script.script.nodes.count == count + 1)
        #expect(script.warnings.isEmpty)
    }
}
