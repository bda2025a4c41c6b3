/// What the classifier made of one reply at one question, with everything needed to explain it.
public struct Classification: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// The reply means this intent.
        case intent(String)
        /// Two intents fit almost equally well: ask the node's clarifying question.
        case clarify([String])
        /// Nothing in scope reached the threshold.
        case fallback
        /// The reply may mean this global intent (such as leaving the chat), but the learned
        /// weights are not sure: ask before acting on it.
        case confirm(String)

        /// The reply was read as an intent, not left open.
        var isIntent: Bool {
            if case .intent = self { return true }
            return false
        }
    }

    public var outcome: Outcome
    /// Every intent that matched at all, best first (see `IntentClassifier` for the order).
    public var candidates: [Candidate]
    /// The reply as the classifier read it.
    public var tokens: [Token]
    /// The score below which nothing matched, for `reason`.
    var threshold: Double
    /// Matches that lost their words to a longer or heavier one, for `--explain`.
    public var discarded: [MatchedTerm] = []
    /// What the learned weights made of the reply, where the script has examples.
    public var learned: LearnedEvidence?

    /// Why the outcome is what it is, in a sentence.
    // NB: computed on demand: formatting scores costs more than classifying a reply.
    public var reason: String {
        if let learned { return learnedReason(learned) }
        switch outcome {
        case .fallback:
            let best = candidates.first.map { "; the best, '\($0.name)', scored \($0.score)" } ?? ""
            return "no intent reached the threshold \(threshold)\(best)"
        case .clarify(let names):
            let scores = names.compactMap { name in candidates.first { $0.name == name }.map { "'\(name)' (\($0.score))" } }
            return scores.joined(separator: " and ") + " are too close to choose"
        case .intent(let name):
            guard candidates.count > 1 else { return "'\(name)' was the only intent to match" }
            let winner = candidates.first { $0.name == name }
            let other = candidates.first { $0.name != name }
            return "'\(name)' (\(winner?.score ?? 0)) outscored '\(other?.name ?? "")' (\(other?.score ?? 0))"
        case .confirm(let name):
            return "'\(name)' may be meant; the coach asks first"
        }
    }

    private func learnedReason(_ learned: LearnedEvidence) -> String {
        func percent(_ score: LearnedScore) -> String { "'\(score.intent)' (\(Int((score.probability * 100).rounded()))%)" }
        switch outcome {
        case .intent(let name):
            if let global = learned.global.first(where: { $0.intent == name }) { return "\(percent(global)) is sure enough" }
            if let best = learned.local.first, best.intent == name { return "\(percent(best)) is sure enough" }
            return "'\(name)' was chosen by its patterns"
        case .confirm(let name):
            let probability = learned.global.first { $0.intent == name }.map(percent) ?? "'\(name)'"
            return "\(probability) is possible but not sure: the coach asks before acting on it"
        case .clarify(let names):
            let scores = learned.local.filter { names.contains($0.intent) }.map(percent)
            return scores.joined(separator: " and ") + " together are likely, neither alone: the coach asks which"
        case .fallback:
            guard let best = learned.local.first else { return "no intent reached the threshold \(threshold)" }
            return "the most likely, \(percent(best)), is not sure enough"
        }
    }

    /// The chosen intent's name, or "clarify" or "fallback".
    public var label: String {
        switch outcome {
        case .intent(let name): name
        case .clarify: "clarify"
        case .fallback: "fallback"
        case .confirm: "confirm"
        }
    }

    /// The winning intent's score, or the best score when none won.
    public var score: Double { candidates.first?.score ?? 0 }

    /// The words the winning match's gaps spanned, for `{{1}}`, `{{2}}` in the next message.
    public var captures: [String] {
        guard case .intent(let name) = outcome else { return [] }
        return captures(of: name)
    }

    /// The words the best match of `intent` captured: what `{{1}}` shows when the coach takes
    /// that intent, also after a clarification or a guess among candidates.
    public func captures(of intent: String) -> [String] {
        bestMatch(of: intent)?.captures(in: tokens) ?? []
    }

    /// The same captures as the person typed them: "Mum didn't call" rather than "mum did not
    /// call". `text` is the reply these tokens were read from.
    public func typedCaptures(of intent: String, in text: String) -> [String] {
        bestMatch(of: intent)?.typedCaptures(in: tokens, text: text) ?? []
    }

    private func bestMatch(of intent: String) -> MatchedTerm? {
        candidates.first { $0.name == intent }?.matches.first
    }
}

/// One intent's evidence in a reply.
public struct Candidate: Sendable, Equatable {
    public var name: String
    public var score: Double
    /// A global intent, active at every node.
    public var isGlobal: Bool
    public var matches: [MatchedTerm]
}

/// One keyword or phrase that matched, as `--explain` shows it.
public struct MatchedTerm: Sendable, Equatable {
    /// The term as its author wrote it.
    public var term: String
    /// The tokens from its first matched word to its last.
    public var range: Range<Int>
    /// The tokens each gap spanned.
    public var captureRanges: [Range<Int>]
    public var weight: Double

    /// The reply's words it matched, negations included.
    public func words(in tokens: [Token]) -> [String] { range.map { tokens[$0].word } }

    /// The words each gap spanned, joined by spaces.
    public func captures(in tokens: [Token]) -> [String] {
        captureRanges.map { Self.words(in: $0, of: tokens) }
    }

    private static func words(in range: Range<Int>, of tokens: [Token]) -> String {
        range.map { tokens[$0].word }.joined(separator: " ")
    }

    /// The text each gap spanned, as typed: from the first typed word it covers to the last.
    /// Tokens that carry no typed place (made without a reply's text) give the normalised words.
    // NB: a gap that takes only part of a typed word ("did" of "didn't") gives the whole word.
    public func typedCaptures(in tokens: [Token], text: String) -> [String] {
        let utf8 = text.utf8
        return captureRanges.map { range in
            guard let first = range.first, let last = range.last, tokens.indices.contains(first), tokens.indices.contains(last)
            else { return "" }
            let start = tokens[first].source.lowerBound, end = tokens[last].source.upperBound
            guard start < end, end <= utf8.count else { return Self.words(in: range, of: tokens) }
            let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
            return String(decoding: utf8[lower..<upper], as: UTF8.self)
        }
    }
}
