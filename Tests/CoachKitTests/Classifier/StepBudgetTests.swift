@testable import CoachKit
import Testing

/// Matching gives up at one position after `PatternMatcher.stepBudget` steps, so a phrase of
/// many gaps cannot take minutes on a long reply (the reliability review's F16: 100 s for one
/// reply before the budget). Counted in steps, not timed: a slow machine must not fail it.
@Suite struct StepBudgetTests {
    private func matcher(phrase: String, reply: String, concepts: String = "{}") throws -> (PatternMatcher, pattern: Int) {
        let json = """
            {"formatVersion": 1, "id": "budget", "title": "B", "version": "1", "disclaimer": "d", "start": "q",
             "concepts": \(concepts),
             "intents": {"a": {"phrases": ["\(phrase)"]}},
             "nodes": [{"id": "q", "say": ["?"], "ask": {"routes": [{"intent": "a", "to": "e"}], "fallback": {"to": "e"}}},
                       {"id": "e", "say": ["bye"], "end": true}]}
            """
        let patterns = try TestScripts.load(json).get().classifier.patterns
        let pattern = try #require(patterns.patterns.firstIndex { $0.text == phrase }, "the phrase is compiled")
        let (tokens, ids) = patterns.analyze(TextNormalizer.words(in: reply))
        return (PatternMatcher(tokens: tokens, ids: ids, program: patterns.program), pattern)
    }

    @Test func aPhraseOfSevenGapsStopsAtTheBudgetOnAReplyItAlmostFits() throws {
        let phrase = Array(repeating: "yes", count: 7).joined(separator: " *10 ") + " *10 no"
        // 11^7 ways to place the gaps at a "yes" in the middle, and none ends on "no". (The "no"
        // only makes the phrase's every word present; the words right after it are in its scope.)
        let reply = "no" + String(repeating: " yes", count: 499)
        var (matcher, pattern) = try matcher(phrase: phrase, reply: reply)
        #expect(matcher.match(pattern: pattern, at: 250) == nil)
        #expect(matcher.steps == PatternMatcher.stepBudget + 1, "it gave up at the budget, not after every way")
    }

    /// The same for gaps between concepts whose members are growing runs of one word (the
    /// review's 25 s case): every member fits, so each is tried at every gap length.
    @Test func aPhraseOfConceptsStopsAtTheBudgetToo() throws {
        let phrase = Array(repeating: "~c", count: 4).joined(separator: " *10 ") + " *10 no"
        let concepts = #"{"c": ["yes", "yes yes", "yes yes yes", "yes yes yes yes"]}"#
        let reply = "no" + String(repeating: " yes", count: 499)
        var (matcher, pattern) = try matcher(phrase: phrase, reply: reply, concepts: concepts)
        #expect(matcher.match(pattern: pattern, at: 250) == nil)
        #expect(matcher.steps == PatternMatcher.stepBudget + 1)
    }

    @Test func aPhraseWithinTheBudgetStillMatchesAndCountsAfresh() throws {
        let phrase = Array(repeating: "yes", count: 7).joined(separator: " *10 ") + " *10 no"
        let reply = "no" + String(repeating: " yes", count: 499)
        var (matcher, pattern) = try matcher(phrase: phrase, reply: reply)
        _ = matcher.match(pattern: pattern, at: 250)
        // The count starts again at every position: the "yes" in the middle used up its budget,
        // and at the reply's last seven words there are only the few ways that fit.
        #expect(matcher.match(pattern: pattern, at: 493) == nil)
        #expect(matcher.steps < PatternMatcher.stepBudget)

        var (fitting, fittingPattern) = try self.matcher(phrase: "yes *2 yes *2 no", reply: "yes well yes so no")
        let match = fitting.match(pattern: fittingPattern, at: 0)
        #expect(match?.end == 5)
        #expect(fitting.steps < 100)
    }
}
