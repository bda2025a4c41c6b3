@testable import CoachKit
import Testing

/// Matching gives up on a phrase past `PatternMatcher.stepBudget` ways at one place; a safety
/// phrase cut short would be danger unheard, so none may come near it.
@Suite struct SafetyBudgetTests {
    @Test func everySafetyPhraseStaysWellWithinTheStepBudget() throws {
        let patterns = try SafetyLayer().patterns
        let most = patterns.patterns.map { patterns.mostSteps(of: $0.elements) }.max() ?? 0
        #expect(most > 1, "the lexicon has phrases with gaps")
        #expect(most * 4 <= Double(PatternMatcher.stepBudget), "a safety phrase can match in \(most) ways at one place")
    }
}
