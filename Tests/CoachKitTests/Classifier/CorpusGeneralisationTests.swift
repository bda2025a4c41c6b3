import CoachKit
import DefaultScript
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
    /// measured (learning from a, then from b), the other writer gains 1.6 and 1.3 points right
    /// at role, 0.8 and 1.8 at apology, 1.7 and 0.9 at trust_again and 0 and 1.1 at end, and is
    /// misrouted up to 0.9 points more. So 115 replies from another kind of writer buy only a
    /// point or two: naive Bayes over these features learns their sentences more than what
    /// their words say; the understanding issue's note has the figures and what was tried.
    static let slack = 0.015
    static let nodes = ["role", "apology", "trust_again", "end"]

    @Test(arguments: nodes)
    func learningFromOneWriterDoesNotMakeTheOtherUnderstoodWorse(_ node: String) throws {
        let replies = try DevelopmentCorpus.replies(in: "\(node).jsonl")
        let before = try RoutingEvaluation(replies: replies, engine: TestScripts.trustEngine, openNode: "hurt_feel")
        var lines: [String] = []
        for (learned, measured) in [(Self.writers[0], Self.writers[1]), (Self.writers[1], Self.writers[0])] {
            let teaching = replies.filter { $0.writer == learned }
            let script = try Self.trust(learning: teaching)
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

    /// The trust script with each reply added as an example of its label: at its question for
    /// a question's intents, and to the leaving intent (or its counter-examples) for the
    /// leaving set. The script is edited as loaded, so everything else keeps its order.
    static func trust(learning replies: [LabelledReply]) throws -> ValidatedScript {
        var script = TestScripts.trust.script
        let end = try #require(script.intents.firstIndex { $0.name == "end" })
        for reply in replies {
            let example = Located(reply.text, at: JSONPath())
            switch reply.label {
            case "end": script.intents[end].examples.append(example)
            case "continue": script.intents[end].counterExamples.append(example)
            default:
                let node = try #require(script.nodes.firstIndex { $0.id == reply.node }, "\(reply.node)")
                let route = try #require(
                    script.nodes[node].ask?.routes.firstIndex { $0.intent.value == reply.label }, "\(reply.label)")
                script.nodes[node].ask?.routes[route].examples.append(example)
            }
        }
        return try ScriptValidator.validate(
            script, source: SourceText(fileName: DefaultScript.fileName, text: DefaultScript.json)
        ).get()
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
