import CoachKit
import Foundation
import Testing

/// The labelled replies in `Fixtures/evaluation/classifier.tsv`, classified at their nodes of the
/// default script exactly as the chat would (safety layer first).
@Suite struct ClassifierEvaluationTests {
    static let minimumAccuracy = 0.95
    static let maximumWrongRoutes = 0.02

    @Test(arguments: ["role", "apology", "trust_again"])
    func accuracyAtNodeMeetsTheTargets(_ node: String) throws {
        let rows = try TestScripts.rows(of: "evaluation/classifier.tsv").filter { $0[0] == node }
        try #require(rows.count >= 100, "each node needs a real sample")
        var correct = 0, wrong = 0
        var failures: [String] = []
        for row in rows {
            let label = try TestScripts.trustEngine.analyze(row[2], at: node).label
            if label == row[1] {
                correct += 1
            } else {
                if label != "clarify", label != "fallback" { wrong += 1 }
                failures.append("\(row[1]) -> \(label): \(row[2])")
            }
        }
        let accuracy = Double(correct) / Double(rows.count)
        let wrongRate = Double(wrong) / Double(rows.count)
        #expect(accuracy >= Self.minimumAccuracy, "accuracy \(accuracy) at \(node); misses:\n\(failures.joined(separator: "\n"))")
        #expect(
            wrongRate <= Self.maximumWrongRoutes, "wrong routes \(wrongRate) at \(node):\n\(failures.joined(separator: "\n"))")
    }

    @Test func theSetHasAtLeastFourHundredReplies() throws {
        #expect(try TestScripts.rows(of: "evaluation/classifier.tsv").count >= 400)
    }
}
