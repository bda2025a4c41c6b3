import CoachKit
import Foundation
import Testing

/// How well what Coach learns carries over to people it never heard from: the trust script is
/// given one corpus writer's replies as extra examples, in memory only, and measured on the
/// other writer's. The corpus is read at test time and never written into the project.
///
/// The other writer is a stand-in for people nobody here has heard from: if examples from one
/// kind of person make another kind understood worse, the learner is memorising sentences
/// rather than learning what words say, and more examples would not help real users.
@Suite(.enabled(if: DevelopmentCorpus.isPresent, "the development corpus is not beside this clone (../shared/corpus)"))
struct CorpusGeneralisationTests {
    static let writers = ["routing-a", "routing-b"]
    /// How much worse the other writer may be understood. A floor under today, not the goal:
    /// measured (learning from a, then from b), role gains 1.6 and 1.3 points right and end 0
    /// and 1.1, while apology loses 1.8 points learning from b and trust_again 1.6 learning from a,
    /// each with about 2.5 points more misrouted. Naive Bayes over these features learns some
    /// of one writer's sentences rather than what their words say; the understanding issue's
    /// note has the figures and what was tried.
    static let slack = 0.03
    static let nodes = ["role", "apology", "trust_again", "end"]

    @Test(arguments: nodes)
    func learningFromOneWriterDoesNotMakeTheOtherUnderstoodWorse(_ node: String) throws {
        let replies = try DevelopmentCorpus.replies(in: "\(node).jsonl")
        let before = try RoutingEvaluation(replies: replies, engine: TestScripts.trustEngine, openNode: "hurt_feel")
        var lines: [String] = []
        for (learned, measured) in [(Self.writers[0], Self.writers[1]), (Self.writers[1], Self.writers[0])] {
            let teaching = replies.filter { $0.writer == learned }
            let script = try TestScripts.trust { try Self.add(teaching, to: &$0) }
            let after = try RoutingEvaluation(
                replies: replies.filter { $0.writer == measured }, engine: try Engine(script: script), openNode: "hurt_feel")
            let old = try #require(before.tallies[node]?[measured])
            let new = try #require(after.tallies[node]?[measured])
            lines.append(
                "\(node): learning from \(learned), \(measured) is \(Self.percent(old.accuracy)) -> "
                    + "\(Self.percent(new.accuracy)) right, \(Self.percent(old.misrouteRate)) -> "
                    + "\(Self.percent(new.misrouteRate)) misrouted")
            #expect(new.accuracy >= old.accuracy - Self.slack, "\(lines.last ?? "")")
            #expect(new.misrouteRate <= old.misrouteRate + Self.slack, "\(lines.last ?? "")")
        }
        print(lines.joined(separator: "\n"))
    }

    /// Adds each reply as an example of its label: at its question for a question's intents,
    /// and to the leaving intent (or its counter-examples) for the leaving set.
    static func add(_ replies: [LabelledReply], to script: inout [String: Any]) throws {
        var nodes = try #require(script["nodes"] as? [[String: Any]])
        var intents = try #require(script["intents"] as? [String: [String: Any]])
        for reply in replies {
            if reply.label == "end" || reply.label == "continue" {
                let field = reply.label == "end" ? "examples" : "counterExamples"
                var end = try #require(intents["end"])
                end[field] = ((end[field] as? [String]) ?? []) + [reply.text]
                intents["end"] = end
                continue
            }
            let index = try #require(nodes.firstIndex { ($0["id"] as? String) == reply.node }, "\(reply.node)")
            var ask = try #require(nodes[index]["ask"] as? [String: Any])
            var routes = try #require(ask["routes"] as? [[String: Any]])
            let route = try #require(routes.firstIndex { ($0["intent"] as? String) == reply.label }, "\(reply.label)")
            routes[route]["examples"] = ((routes[route]["examples"] as? [String]) ?? []) + [reply.text]
            ask["routes"] = routes
            nodes[index]["ask"] = ask
        }
        script["nodes"] = nodes
        script["intents"] = intents
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
