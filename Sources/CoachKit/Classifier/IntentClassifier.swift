/// Decides what a reply means among the intents in scope at a question.
///
/// Order, documented because transcripts depend on it:
/// 1. Every keyword and phrase of an in-scope intent is matched (stems, concepts, gaps,
///    negation, typo tolerance).
/// 2. Overlapping matches compete for their words: the match covering more words wins, then the
///    heavier, then the one declared first; "yeah no" as a phrase of `no` leaves "yeah" to no one.
/// 3. An intent scores the sum of its surviving matches' weights, less `gapPenalty` (0.2) for
///    each word a gap spanned, so "he cheated" outweighs "I ... cheated" in "she knows I cheated".
/// 4. Candidates rank by score, then global before local, then declaration order.
/// 5. Below `threshold`, the reply falls back. When the runner-up scores at least
///    `ambiguityRatio` of the winner and both are the node's own routes, the coach clarifies.
public struct IntentClassifier: Sendable {
    public let patterns: PatternSet
    public let intentNames: [String]
    public let settings: ClassifierSettings
    /// What each word spanned by a gap takes off a match's weight.
    public static let gapPenalty = 0.2

    public init(patterns: PatternSet, intentNames: [String], settings: ClassifierSettings) {
        self.patterns = patterns
        self.intentNames = intentNames
        self.settings = settings
    }

    /// Which intents a question listens for.
    public struct Scope: Sendable, Equatable {
        /// Intent numbers of the node's own routes, in route order.
        public var local: [Int32]
        /// Intent numbers of the global routes.
        public var global: [Int32]
        public init(local: [Int32], global: [Int32]) {
            self.local = local
            self.global = global
        }
    }

    public func classify(_ text: String, in scope: Scope) -> Classification {
        let tokens = patterns.tokens(of: text)
        return classify(tokens: tokens, in: scope)
    }

    public func classify(tokens: [Token], in scope: Scope) -> Classification {
        let inScope = Set(scope.local).union(scope.global)
        let found = patterns.matches(in: tokens, isInScope: { inScope.contains($0) })
        let surviving = Self.resolveOverlaps(found)
        var scores: [Int32: (score: Double, matches: [PatternMatch])] = [:]
        for match in surviving {
            let value = max(0.1, match.weight - IntentClassifier.gapPenalty * Double(match.gapWords))
            scores[match.label, default: (0, [])].score += value
            scores[match.label, default: (0, [])].matches.append(match)
        }
        let globals = Set(scope.global)
        let ranked = scores.map { label, entry in (label: label, score: entry.score, matches: entry.matches) }
            .sorted { left, right in
                if left.score != right.score { return left.score > right.score }
                let leftGlobal = globals.contains(left.label), rightGlobal = globals.contains(right.label)
                if leftGlobal != rightGlobal { return leftGlobal }
                return left.label < right.label
            }
        let candidates = ranked.map { entry in
            Candidate(
                name: intentNames[Int(entry.label)], score: (entry.score * 100).rounded() / 100,
                isGlobal: globals.contains(entry.label),
                matches: entry.matches.map { describe($0, tokens: tokens) })
        }
        let (outcome, reason) = decide(candidates)
        return Classification(outcome: outcome, candidates: candidates, tokens: tokens, reason: reason)
    }

    private func decide(_ candidates: [Candidate]) -> (Classification.Outcome, String) {
        guard let winner = candidates.first, winner.score >= settings.threshold else {
            let best = candidates.first.map { "; the best, '\($0.name)', scored \($0.score)" } ?? ""
            return (.fallback, "no intent reached the threshold \(settings.threshold)\(best)")
        }
        guard candidates.count > 1 else {
            return (.intent(winner.name), "'\(winner.name)' was the only intent to match")
        }
        let runnerUp = candidates[1]
        if runnerUp.score >= winner.score * settings.ambiguityRatio, runnerUp.score >= settings.threshold,
           !winner.isGlobal, !runnerUp.isGlobal {
            return (.clarify([winner.name, runnerUp.name]),
                    "'\(winner.name)' (\(winner.score)) and '\(runnerUp.name)' (\(runnerUp.score)) are too close to choose")
        }
        return (.intent(winner.name), "'\(winner.name)' (\(winner.score)) outscored '\(runnerUp.name)' (\(runnerUp.score))")
    }

    /// Keeps the matches that win their words, in the documented order.
    static func resolveOverlaps(_ matches: [PatternMatch]) -> [PatternMatch] {
        let ordered = matches.sorted { left, right in
            if left.covered.count != right.covered.count { return left.covered.count > right.covered.count }
            if left.weight != right.weight { return left.weight > right.weight }
            return left.pattern < right.pattern
        }
        var claimed: Set<Int> = []
        var kept: [PatternMatch] = []
        for match in ordered where match.covered.allSatisfy({ !claimed.contains($0) }) {
            claimed.formUnion(match.covered)
            kept.append(match)
        }
        return kept
    }

    private func describe(_ match: PatternMatch, tokens: [Token]) -> MatchedTerm {
        MatchedTerm(
            term: patterns.patterns[Int(match.pattern)].text,
            words: match.range.map { tokens[$0].word },
            captures: match.captures.map { range in range.map { tokens[$0].word }.joined(separator: " ") },
            weight: match.weight)
    }
}
