import CoachKit
import Testing

/// The safety layer on our own labelled sets, written by writers who saw neither the lexicon nor
/// the development corpus (`Fixtures/evaluation/`):
/// - `safety-tuned.jsonl` (540 replies, seven voices): the lexicon was tuned on the kinds of reply
///   it showed we missed, so it holds the targets;
/// - `safety-heldout.jsonl` (200 replies, four voices): only its false alarms were looked at, so
///   its recall is our best estimate for people nobody here has heard from, and this test keeps it
///   from falling.
@Suite struct SafetyWrittenSetTests {
    private static let layer: SafetyLayer? = try? SafetyLayer()

    private func evaluation(_ file: String) throws -> SafetyEvaluation {
        let text = try String(contentsOf: TestScripts.fixtures.appendingPathComponent("evaluation/\(file)"), encoding: .utf8)
        let layer = try #require(Self.layer)
        return SafetyEvaluation(replies: try LabelledReply.parse(text, fileName: file).get(), layer: layer)
    }

    @Test func theTunedSetMeetsTheTargets() throws {
        let result = try evaluation("safety-tuned.jsonl")
        #expect(result.engaged.total == 360)
        #expect(result.engaged.fraction >= 0.95, "\(result.report)")
        #expect(result.urgentGetUrgent.fraction >= 0.90, "\(result.report)")
        #expect(result.falseUrgent.fraction <= 0.02, "\(result.falseAlarms.map(\.reply.text))")
        #expect(result.falseCheckIn.fraction <= 0.10, "\(result.falseAlarms.map(\.reply.text))")
        for (category, rate) in result.engagedByCategory { #expect(rate.fraction >= 0.90, "\(category): \(rate)") }
    }

    @Test func theHeldOutSetDoesNotFallBelowWhereItStands() throws {
        let result = try evaluation("safety-heldout.jsonl")
        #expect(result.engaged.total == 128)
        // Measured blind at 67.2% engaged and 69.2% urgent; a change that loses ground here
        // generalises worse, whatever it does to the tuned sets.
        #expect(result.engaged.fraction >= 0.67, "\(result.report)")
        #expect(result.urgentGetUrgent.fraction >= 0.69, "\(result.report)")
        #expect(result.falseUrgent.fraction <= 0.02, "\(result.falseAlarms.map(\.reply.text))")
        #expect(result.falseCheckIn.fraction <= 0.10, "\(result.falseAlarms.map(\.reply.text))")
    }
}
