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
    /// writer b): role 75.8/13.4 and 78.8/12.9; apology 83.5/9.2 and 84.2/10.8; trust_again
    /// 80.9/11.8 and 85.8/8.3. Before the learned weights: role 53 and 53, apology 73 and 63,
    /// trust_again 67 and 69.
    static let floors: [(node: String, right: Double, misrouted: Double)] = [
        ("role", 0.74, 0.14), ("apology", 0.82, 0.12), ("trust_again", 0.79, 0.13),
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
