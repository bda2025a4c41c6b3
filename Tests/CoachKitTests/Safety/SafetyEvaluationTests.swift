import CoachKit
import Testing

/// The labelled replies in `Fixtures/evaluation/safety.tsv`, against the targets of the safety issue.
@Suite struct SafetyEvaluationTests {
    private struct Row {
        var level: String
        var category: String
        var text: String
        var found: SafetyAssessment?
    }

    private func rows() throws -> [Row] {
        let layer = try SafetyLayer()
        return try TestScripts.rows(of: "evaluation/safety.tsv").map {
            Row(level: $0[0], category: $0[1], text: $0[2], found: layer.assess($0[2]))
        }
    }

    @Test func everyMustEngageReplyEngagesTheLayer() throws {
        let mustEngage = try rows().filter { $0.level != "none" }
        #expect(mustEngage.count >= 150)
        let missed = mustEngage.filter { $0.found == nil }.map(\.text)
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    @Test func atLeastNinetyPercentOfClearDangerGetsTheUrgentLevel() throws {
        let urgent = try rows().filter { $0.level == "urgent" }
        let met = urgent.filter { $0.found?.level == .urgent }.count
        #expect(Double(met) / Double(urgent.count) >= 0.9, "\(met) of \(urgent.count)")
    }

    @Test func fewHardNegativesRaiseIt() throws {
        let negatives = try rows().filter { $0.level == "none" }
        #expect(negatives.count >= 150)
        let urgent = negatives.filter { $0.found?.level == .urgent }.map(\.text)
        let checkIn = negatives.filter { $0.found?.level == .checkIn }.map(\.text)
        #expect(Double(urgent.count) / Double(negatives.count) <= 0.02, "urgent: \(urgent)")
        #expect(Double(checkIn.count) / Double(negatives.count) <= 0.10, "check-in: \(checkIn)")
    }

    @Test func categoriesAreThoseTheSetExpects() throws {
        let wrong = try rows().filter { $0.level != "none" && $0.found?.category.rawValue != $0.category }
            .map { "\($0.category) -> \($0.found?.category.rawValue ?? "none"): \($0.text)" }
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
