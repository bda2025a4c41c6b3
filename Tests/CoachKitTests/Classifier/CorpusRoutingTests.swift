import CoachKit
import Foundation
import Testing

/// Routing on the development corpus (`../shared/corpus/`), per writer: replies written by people
/// outside the team, read here and never copied into the project.
///
/// These are floors under today's figures, so a change that loses what the learned weights
/// gained fails; the understanding issue's target is 90% right and 3% misrouted at every node,
/// which the trust script does not reach yet (see the closing note of that issue).
@Suite(.enabled(if: DevelopmentCorpus.isPresent, "the development corpus is not beside this clone (../shared/corpus)"))
struct CorpusRoutingTests {
    /// node, least share right per writer, most share misrouted per writer. Measured (writer a,
    /// writer b): role 77.5/13.0 and 80.0/10.0; apology 83.5/8.3 and 84.2/11.7; trust_again
    /// 81.8/10.0 and 86.7/7.5. Before the learned weights: role 53 and 53, apology 73 and 63,
    /// trust_again 67 and 69.
    static let floors: [(node: String, right: Double, misrouted: Double)] = [
        ("role", 0.76, 0.135), ("apology", 0.82, 0.12), ("trust_again", 0.80, 0.11),
    ]

    @Test(arguments: floors.map(\.node))
    func eachWriterIsUnderstoodAtLeastAsWellAsToday(_ node: String) throws {
        let floor = try #require(Self.floors.first { $0.node == node })
        let replies = try DevelopmentCorpus.replies(in: "\(node).jsonl")
        let result = try RoutingEvaluation(replies: replies, engine: TestScripts.trustEngine, openNode: "hurt_feel")
        let tallies = try #require(result.tallies[node])
        #expect(tallies.count >= 3, "every writer and all together")
        for (writer, tally) in tallies {
            #expect(tally.accuracy >= floor.right, "\(node), \(writer): \(result.report)")
            #expect(tally.misrouteRate <= floor.misrouted, "\(node), \(writer): \(result.report)")
        }
    }
}
