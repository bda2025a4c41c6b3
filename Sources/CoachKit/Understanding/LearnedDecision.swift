/// How a question with learned weights decides, documented because transcripts depend on it.
///
/// 1. Each intent's log-odds are its learned weights' score for the reply's features
///    (`ReplyFeatures`), divided by `NaiveBayesWeights.calibration`, plus `patternWeight` (2)
///    times its patterns' score: a phrase is a precise rule, and one that matched outweighs
///    most single words; the probabilities are these log-odds made to sum to one.
/// 2. Each global intent with a model (leaving the chat) is weighed first. At `confidence` or
///    more it wins. At even odds or more, or at 1 - `confidence` when its patterns matched, the
///    coach is not sure: it asks before acting (`confirm`). Otherwise the reply is not that intent.
/// 3. The question's own model gives each of its intents a probability. The best at
///    `confidence` or more wins. When the best two together reach halfway from `confidence` to
///    certainty (0.8 at the default 0.6), the coach asks which (`clarify`). Otherwise, and
///    always when no feature or pattern of the reply was ever seen in training ("purple"),
///    the reply falls back, and the coach asks again in other words.
/// 4. A question without a model decides by its patterns, as `IntentClassifier` describes,
///    among its own intents.
struct LearnedDecision {
    let evidence: LearnedEvidence
    private let confidence: Double
    /// What one point of pattern score adds to an intent's log-odds. Chosen on our own sets
    /// (the project's evaluation set and two held-out writers): at 2 the patterns keep the
    /// replies they were written for, and the weights still hear the ones they miss.
    static let patternWeight = 2.0
    /// The same for a global intent's yes-or-no model, lower so that what the rest of the reply
    /// says can outweigh a leaving phrase said about something else ("I must leave my husband").
    static let globalPatternWeight = 1.0

    /// Nil when neither the question nor any global intent in scope has a model.
    /// - Parameters:
    ///   - patternScores: each intent's score from its patterns, by intent number.
    ///   - detailed: also say which features weighed for each intent (for `classify --explain`);
    ///     routing a reply needs only the probabilities, and makes no strings.
    init?(
        learned: LearnedWeights, tokens: [Token], patternScores: [Int32: Double], scope: IntentClassifier.Scope,
        intentNames: [String], settings: ClassifierSettings, detailed: Bool = false
    ) {
        let question = scope.node.flatMap { learned.questions[$0] }
        let globals = learned.globals.filter { scope.global.contains($0.intent) }
        guard question != nil || !globals.isEmpty else { return nil }
        let named = detailed ? learned.features.namedFeatures(of: tokens) : []
        let features = detailed ? named.map(\.key) : learned.features.features(of: tokens)
        let context = Context(
            features: features, patternScores: patternScores, intentNames: intentNames,
            names: detailed ? Dictionary(named.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first }) : nil)
        confidence = settings.confidence
        var global: [LearnedScore] = []
        for model in globals {
            global += context.scores(model.weights, intents: [model.intent, nil], patternWeight: Self.globalPatternWeight).filter
            { !$0.intent.isEmpty }
        }
        var matched: [String] = []
        for (label, score) in patternScores where score >= settings.threshold { matched.append(intentNames[Int(label)]) }
        evidence = LearnedEvidence(
            features: named.map(\.name),
            local: question.map { context.scores($0.weights, intents: $0.intents) } ?? [],
            global: global,
            hasQuestionModel: question != nil,
            hasKnownFeature: question.map { model in features.contains { model.weights.weights(of: $0) != nil } } ?? false,
            patternMatched: matched.sorted())
    }

    /// The outcome, given what the patterns alone would decide among the question's own intents.
    func outcome(otherwise patternOutcome: Classification.Outcome) -> Classification.Outcome {
        let local = localOutcome(otherwise: patternOutcome)
        for global in evidence.global {
            // NB: a global intent leaves the question (ending the chat, say), so the weights
            // alone never act on it: they only ask, at `confidence` when the question heard no
            // answer, and halfway from there to certainty when it did, so an ordinary answer that
            // shares words with the leaving examples ("i am going to try") stays an answer.
            if evidence.patternMatched.contains(global.intent) {
                if global.probability >= confidence { return .intent(global.intent) }
                if global.probability >= 1 - confidence { return .confirm(global.intent) }
            } else if global.probability >= (local.isIntent ? (1 + confidence) / 2 : confidence) {
                return .confirm(global.intent)
            }
        }
        return local
    }

    private func localOutcome(otherwise patternOutcome: Classification.Outcome) -> Classification.Outcome {
        guard evidence.hasQuestionModel else { return patternOutcome }
        let ranked = evidence.local
        guard let best = ranked.first, evidence.hasKnownFeature || !evidence.patternMatched.isEmpty else { return .fallback }
        if best.probability >= confidence { return .intent(best.intent) }
        if ranked.count > 1, best.probability + ranked[1].probability >= (1 + confidence) / 2 {
            return .clarify([best.intent, ranked[1].intent])
        }
        return .fallback
    }

    /// What scoring a reply against a model needs.
    private struct Context {
        let features: [UInt64]
        let patternScores: [Int32: Double]
        let intentNames: [String]
        /// Each feature's text, when explaining.
        let names: [UInt64: String]?

        /// Each label's probability, best first, with what weighed for it when explaining:
        /// each feature's weight and the patterns' share, in log-odds.
        /// - Parameter intents: each label's intent number (nil for "anything else").
        func scores(_ weights: NaiveBayesWeights, intents: [Int32?], patternWeight: Double = LearnedDecision.patternWeight)
            -> [LearnedScore]
        {
            var logOdds = weights.logOdds(of: features)
            let patterns = intents.map { $0.flatMap { patternScores[$0] } }
            for label in logOdds.indices {
                logOdds[label] += patternWeight * (patterns[label] ?? 0)
            }
            let probabilities = NaiveBayesWeights.probabilities(ofLogOdds: logOdds)
            let scores = weights.labels.indices.map { label in
                LearnedScore(
                    intent: weights.labels[label], probability: probabilities[label],
                    contributions: names.map {
                        contributions(
                            label: label, weights: weights, pattern: patterns[label].map { $0 * patternWeight }, names: $0)
                    } ?? [])
            }
            return scores.sorted { $0.probability != $1.probability ? $0.probability > $1.probability : $0.intent < $1.intent }
        }

        private func contributions(label: Int, weights: NaiveBayesWeights, pattern: Double?, names: [UInt64: String])
            -> [FeatureWeight]
        {
            var found: [FeatureWeight] = []
            if let pattern { found.append(FeatureWeight(feature: "patterns", weight: pattern)) }
            for feature in features {
                guard let row = weights.weights(of: feature) else { continue }
                found.append(
                    FeatureWeight(
                        feature: names[feature] ?? "?", weight: row[row.startIndex + label] / NaiveBayesWeights.calibration))
            }
            return found
        }
    }
}

/// What the learned weights made of a reply, for `classify --explain`.
public struct LearnedEvidence: Sendable, Equatable {
    /// The reply's features, as training would see them (only when explaining).
    public var features: [String]
    /// The question's intents, most probable first (empty without a question model).
    public var local: [LearnedScore]
    /// Each global intent's probability, from its own yes-or-no model.
    public var global: [LearnedScore]
    public var hasQuestionModel: Bool
    /// Some feature of the reply was seen in the question's training examples.
    public var hasKnownFeature: Bool
    /// The intents whose patterns reached the threshold.
    public var patternMatched: [String]
}

/// One intent's probability and the features that weighed for or against it.
public struct LearnedScore: Sendable, Equatable {
    public var intent: String
    public var probability: Double
    /// Each known feature's weight for this intent, relative to the mean over the model's
    /// intents: positive speaks for it, negative against.
    public var contributions: [FeatureWeight]

    /// The features that weighed most, strongest first.
    public func strongest(_ count: Int) -> [FeatureWeight] {
        Array(
            contributions.sorted { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : $0.feature < $1.feature }
                .prefix(count))
    }
}

public struct FeatureWeight: Sendable, Equatable {
    public var feature: String
    public var weight: Double
}
