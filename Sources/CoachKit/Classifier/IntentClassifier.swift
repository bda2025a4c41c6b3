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
///
/// Where the script has examples, `learned` decides instead, with the patterns' matches as some
/// of its evidence (see `LearnedDecision`); a question without a model keeps the order above.
public struct IntentClassifier: Sendable {
    public let patterns: PatternSet
    public let intentNames: [String]
    public let settings: ClassifierSettings
    /// The weights the script's examples taught; nil when it has none. Reading it waits for
    /// training to finish if it has not (see `ScriptValidator.compile`).
    public var learned: LearnedWeights? { training?.wait() ?? nil }
    /// The weights in training, started when the script was compiled.
    var training: BackgroundWork<LearnedWeights?>?
    /// What each word spanned by a gap takes off a match's weight.
    public static let gapPenalty = 0.2

    /// The script's `substitutions`: words read in place of others before matching.
    public let substitutions: [String: [String]]

    public init(
        patterns: PatternSet, intentNames: [String], settings: ClassifierSettings, substitutions: [String: [String]] = [:]
    ) {
        self.patterns = patterns
        self.intentNames = intentNames
        self.settings = settings
        self.substitutions = substitutions
    }

    /// The words with the script's substitutions made; each word put in keeps the clause and
    /// the typed place of the word it replaces, so captures are still said as typed.
    func substituting(_ words: [TextNormalizer.Word]) -> [TextNormalizer.Word] {
        guard !substitutions.isEmpty else { return words }
        return words.flatMap { word in
            substitutions[word.text].map { $0.map { TextNormalizer.Word(text: $0, clause: word.clause, source: word.source) } }
                ?? [word]
        }
    }

    /// Which intents a question listens for.
    public struct Scope: Sendable, Equatable {
        /// Intent numbers of the node's own routes, in route order.
        public let local: [Int32]
        /// Intent numbers of the global routes.
        public let global: [Int32]
        /// The question's node, whose learned model (if any) decides.
        public let node: String?
        /// Both, for membership tests.
        // NB: built once per node, so classifying never costs time in the number of intents.
        let members: LabelSet
        let globals: LabelSet

        public init(local: [Int32], global: [Int32], node: String? = nil) {
            self.init(local: local, global: global, globalSet: LabelSet(global), node: node)
        }

        /// - Parameter globalSet: `global` as a set, which every node of a script shares.
        init(local: [Int32], global: [Int32], globalSet: LabelSet, node: String? = nil) {
            self.local = local
            self.global = global
            self.node = node
            members = LabelSet(local + global)
            globals = globalSet
        }
    }

    /// - Parameter detailed: also say which learned features weighed for each intent, as
    ///   `classify --explain` shows; routing needs only the outcome.
    public func classify(_ text: String, in scope: Scope, detailed: Bool = false) -> Classification {
        classify(words: TextNormalizer.words(in: text), in: scope, detailed: detailed)
    }

    /// Classifies a reply already split by `TextNormalizer`, so the engine normalises once for
    /// both the safety layer and the classifier.
    public func classify(words: [TextNormalizer.Word], in scope: Scope, detailed: Bool = false) -> Classification {
        let (tokens, ids) = patterns.analyze(substituting(words), doubleNegation: .cancels)
        var found = patterns.matches(in: tokens, ids: ids, scope: scope.members)
        if settings.clauses == .first, let clause = Self.firstClause(of: found, in: tokens) {
            found.removeAll { tokens[$0.range.lowerBound].clause != clause }
        }
        let surviving = Self.resolveOverlaps(found)
        // NB: a reply scores a handful of intents; a small array searched in place costs less
        // than a dictionary and the copies that sorting its entries would need.
        var ranked: [(label: Int32, score: Double, matches: [PatternMatch])] = []
        for match in surviving {
            let value = max(0.1, match.weight - IntentClassifier.gapPenalty * Double(match.gapWords))
            if let index = ranked.firstIndex(where: { $0.label == match.label }) {
                ranked[index].score += value
                ranked[index].matches.append(match)
            } else {
                ranked.append((match.label, value, [match]))
            }
        }
        let globals = scope.globals
        ranked.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            let leftGlobal = globals.contains(left.label), rightGlobal = globals.contains(right.label)
            if leftGlobal != rightGlobal { return leftGlobal }
            return left.label < right.label
        }
        let candidates = ranked.map { entry in
            Candidate(
                name: intentNames[Int(entry.label)], score: (entry.score * 100).rounded() / 100,
                isGlobal: globals.contains(entry.label),
                matches: entry.matches.map(describe))
        }
        var classification = Classification(
            outcome: decide(candidates), candidates: candidates, tokens: tokens, threshold: settings.threshold,
            discarded: found.filter { !surviving.contains($0) }.map(describe))
        if let learned, !learned.isEmpty {
            var scores: [Int32: Double] = [:]
            for entry in ranked { scores[entry.label] = entry.score }
            if let decision = LearnedDecision(
                learned: learned, tokens: tokens, patternScores: scores, scope: scope, intentNames: intentNames,
                settings: settings, detailed: detailed)
            {
                classification.learned = decision.evidence
                classification.outcome = decision.outcome(otherwise: decide(candidates.filter { !$0.isGlobal }))
            }
        }
        return classification
    }

    /// The first clause of the reply that holds a match of an intent in `scope`, or nil when
    /// none does: what `ClauseReading.first` reads.
    public func firstClause(holdingAMatchIn words: [TextNormalizer.Word], in scope: Scope) -> Int? {
        let (tokens, ids) = patterns.analyze(substituting(words), doubleNegation: .cancels)
        return Self.firstClause(of: patterns.matches(in: tokens, ids: ids, scope: scope.members), in: tokens)
    }

    private static func firstClause(of matches: [PatternMatch], in tokens: [Token]) -> Int? {
        matches.lazy.map { tokens[$0.range.lowerBound].clause }.min()
    }

    private func decide(_ candidates: [Candidate]) -> Classification.Outcome {
        guard let winner = candidates.first, winner.score >= settings.threshold else { return .fallback }
        guard candidates.count > 1 else { return .intent(winner.name) }
        let runnerUp = candidates[1]
        if runnerUp.score >= winner.score * settings.ambiguityRatio, runnerUp.score >= settings.threshold,
            !winner.isGlobal, !runnerUp.isGlobal
        {
            return .clarify([winner.name, runnerUp.name])
        }
        return .intent(winner.name)
    }

    /// Keeps the matches that win their words, in the documented order.
    static func resolveOverlaps(_ matches: [PatternMatch]) -> [PatternMatch] {
        let ordered = matches.sorted { left, right in
            if left.covered.count != right.covered.count { return left.covered.count > right.covered.count }
            if left.weight != right.weight { return left.weight > right.weight }
            return left.pattern < right.pattern
        }
        // NB: one flag per token instead of a set: no hashing for the few matches of a reply.
        var claimed = [Bool](repeating: false, count: matches.lazy.map(\.range.upperBound).max() ?? 0)
        var kept: [PatternMatch] = []
        for match in ordered where match.covered.allSatisfy({ !claimed[$0] }) {
            for position in match.covered { claimed[position] = true }
            kept.append(match)
        }
        return kept
    }

    private func describe(_ match: PatternMatch) -> MatchedTerm {
        MatchedTerm(
            term: patterns.text(ofPattern: match.pattern), range: match.range, captureRanges: match.captures,
            weight: match.weight)
    }
}
