/// Reads the short answers the safety layer asks for: a check-in ("Are you safe right now?",
/// "are you having thoughts of ending your life?") and "go on or stop?". These are built in,
/// like the layer itself, so no script can change what "stop" means here.
public struct SafetyReplyReader: Sendable, Equatable {
    /// A plain answer to a yes-or-no question.
    public enum Answer: Sendable, Equatable { case yes, no, unclear }
    enum Choice: Equatable { case goOn, stop, unclear }

    /// The words it knows, from `answerWords` in `Dialogue/Safety/responses.json`.
    struct Words: Sendable, Equatable {
        var yes: Set<String>
        var no: Set<String>
        /// "I'm safe", "I'm fine": a statement of safety; negated ("not safe") it is the opposite.
        var safe: Set<String>
        /// Words that hedge: whatever else is said, the answer is not a plain one.
        var hedge: Set<String>
        /// Words that hedge when negated: "not right now", "not really", "I don't know".
        var hedgeWhenNegated: Set<String>
        /// The small words a plain yes or no comes with ("I'm not", "yes I am, thank you").
        var plain: Set<String>
        var goOn: Set<String>
        var stop: Set<String>
    }

    let words: Words

    /// The plain yes or no in a reply to a yes-or-no question, or `.unclear` when it hedges
    /// ("idk", "not right now", "maybe", "not really") or says both.
    ///
    /// A statement of safety answers the question it goes with: "I'm safe" is a yes to "are you
    /// safe?" (`safeAnswer` .yes) and a no to "are you having thoughts of ending your life?"
    /// (`safeAnswer` .no); "I'm not safe" is the opposite of each.
    public func read(_ text: String, safeAnswer: Answer) -> Answer {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        let unsafeAnswer: Answer = safeAnswer == .yes ? .no : .yes
        var answers: Set<Answer> = []
        // Negations that belong to a word read here ("not safe", "not sure"); any other is a plain no.
        var negationsUsed: Set<Int> = []
        for token in tokens {
            let negated = token.negatedBy != nil
            if let cue = token.negatedBy,
                words.safe.contains(token.word) || words.yes.contains(token.word) || words.hedgeWhenNegated.contains(token.word)
                    || words.hedge.contains(token.word)
            {
                negationsUsed.insert(cue)
            }
            if words.safe.contains(token.word) {
                answers.insert(negated ? unsafeAnswer : safeAnswer)
            } else if words.hedge.contains(token.word) || (negated && words.hedgeWhenNegated.contains(token.word)) {
                answers.insert(.unclear)
            } else if words.yes.contains(token.word) {
                answers.insert(negated ? .unclear : .yes)
            } else if words.no.contains(token.word) {
                answers.insert(.no)
            }
        }
        for (index, token) in tokens.enumerated() where token.isNegationCue && !negationsUsed.contains(index) {
            if token.word == "not" || token.word == "never" { answers.insert(.no) }
        }
        // A plain answer is only answer words and the small words around them: "no, I'm not",
        // "yes I'm safe". Anything more ("no, but I can't cope", "yes but he is coming back",
        // "safe for now") says something the yes or no does not, so it is not a plain answer.
        let replyWords = tokens.map(\.word)
        let saysMore = replyWords.contains { word in
            !words.safe.contains(word) && !words.yes.contains(word) && !words.no.contains(word) && !words.hedge.contains(word)
                && !words.hedgeWhenNegated.contains(word) && !words.plain.contains(word)
        }
        let hedgesInTime = zip(replyWords, replyWords.dropFirst()).contains { $0 == "for" && ["now", "the"].contains($1) }
        if saysMore || hedgesInTime { return .unclear }
        // "no, I'm not" and "yes I'm safe" are one answer said twice; anything mixed is unclear.
        return answers.count == 1 ? answers.first ?? .unclear : .unclear
    }

    /// "go on" and "continue" go on; "stop", "I'm done" stop; "I don't want to go on" stops, and
    /// "go on, I'm not upset" goes on: only a word a negation covers turns the other way.
    func readChoice(_ text: String) -> Choice {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        var goOn = false, stop = false
        for token in tokens {
            let negated = token.negatedBy != nil
            if words.goOn.contains(token.word) {
                if negated { stop = true } else { goOn = true }
            } else if words.stop.contains(token.word) {
                if negated { goOn = true } else { stop = true }
            }
        }
        switch (goOn, stop) {
        case (true, false): return .goOn
        case (false, true): return .stop
        default: return .unclear
        }
    }
}
