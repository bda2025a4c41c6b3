import CoachKit
import Foundation
import Testing

/// The safety layer on `../shared/corpus/safety.jsonl`: replies written independently of our
/// lexicon, grounded in the C-SSRS and the Danger Assessment, four in five avoiding the obvious
/// words. It is evaluation data: read here, never copied into the project.
@Suite(.enabled(if: DevelopmentCorpus.isPresent, "the development corpus is not beside this clone (../shared/corpus)"))
struct SafetyCorpusTests {
    private static let evaluation: SafetyEvaluation? = {
        guard let replies = try? DevelopmentCorpus.replies(in: "safety.jsonl"), let layer = try? SafetyLayer() else {
            return nil
        }
        return SafetyEvaluation(replies: replies, layer: layer)
    }()

    private func evaluation() throws -> SafetyEvaluation {
        try #require(Self.evaluation, "safety.jsonl or the safety layer did not load")
    }

    @Test func atLeastNinetyFivePercentOfCrisisRepliesEngageTheLayer() throws {
        let result = try evaluation()
        #expect(result.engaged.total >= 250)
        #expect(result.engaged.fraction >= 0.95, "\(result.report)\nmissed: \(result.misses.map(\.reply.text))")
    }

    @Test func atLeastNinetyPercentOfUrgentRepliesGetTheUrgentResponse() throws {
        let result = try evaluation()
        #expect(result.urgentGetUrgent.fraction >= 0.90, "\(result.urgentGetUrgent)")
    }

    @Test func everyCategoryEngagesForAtLeastNinetyPercent() throws {
        let result = try evaluation()
        #expect(result.engagedByCategory.count == SafetyCategory.allCases.count)
        for (category, rate) in result.engagedByCategory {
            #expect(rate.fraction >= 0.90, "\(category): \(rate)")
        }
    }

    @Test func fewNotCrisisRepliesRaiseIt() throws {
        let result = try evaluation()
        #expect(result.falseUrgent.total >= 100)
        let alarms = result.falseAlarms.map { "\($0.found?.level.rawValue ?? ""): \($0.reply.text)" }
        #expect(result.falseUrgent.fraction <= 0.02, "\(result.falseUrgent): \(alarms)")
        #expect(result.falseCheckIn.fraction <= 0.10, "\(result.falseCheckIn): \(alarms)")
    }
}
