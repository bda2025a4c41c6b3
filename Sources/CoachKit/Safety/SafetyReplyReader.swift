/// Reads the short answers the safety layer asks for: a check-in ("Are you safe right now?",
/// "are you having thoughts of ending your life?") and "go on or stop?". These are built in,
/// like the layer itself, so no script can change what "stop" means here.
public struct SafetyReplyReader: Sendable, Equatable {
    /// A plain answer to a yes-or-no question.
    public enum Answer: Sendable, Equatable { case yes, no, unclear }
    enum Choice: Equatable { case goOn, stop, unclear }

    /// What a reply to a check-in says: its answer, and whether it says the answer that means
    /// danger anywhere, however hedged ("yes, sometimes" does; "idk" and "no, but I'm tired" do not).
    struct Reading: Equatable {
        var answer: Answer
        var includesUnsafeAnswer: Bool
    }

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
        /// Words that qualify what came before ("no, but…", "yes, though…"): what follows them
        /// is never read as an explanation of a plain answer.
        var contrast: Set<String>
        /// Words for the other person or the relationship: an explanation that names one ("no,
        /// not like that, I mean I'm done with him") says the words were about them.
        var someoneElse: Set<String>
        /// Words that reach past the relationship ("done with him, and with everything", "my
        /// life", "happier without me"): unless denied outright ("not my life"), an explanation
        /// that holds one explains nothing.
        var beyondThem: Set<String>
        /// The small words that may stand between a negation and the word it denies outright
        /// ("not *my* life"); "can't imagine living" is no denial of living.
        var determiners: Set<String>
        /// The only other words an explanation may hold ("I *mean* I'm *done with* him"). The
        /// list is closed on purpose: a word it lacks ("planning", "pills", "goodbye") may say
        /// the danger outright, so the explanation explains nothing.
        var explaining: Set<String>
        /// Words of ending ("done", "finished", "out"): in an explanation each must be aimed at
        /// the other person or the relationship later in its clause ("done with him"); alone
        /// ("it's him, I'm done") they may mean a life.
        var ending: Set<String>
    }

    /// The most words an explanation may run to: a longer one tells more than that the words
    /// were about them, and is read by a person, through the resources.
    static let longestExplanation = 10

    let words: Words

    /// The plain yes or no in a reply to a yes-or-no question, or `.unclear` when it hedges
    /// ("idk", "not right now", "maybe", "not really") or says both.
    ///
    /// A statement of safety answers the question it goes with: "I'm safe" is a yes to "are you
    /// safe?" (`safeAnswer` .yes) and a no to "are you having thoughts of ending your life?"
    /// (`safeAnswer` .no); "I'm not safe" is the opposite of each.
    public func read(_ text: String, safeAnswer: Answer) -> Answer {
        reading(of: TextNormalizer.words(in: text), safeAnswer: safeAnswer).answer
    }

    /// Reads a reply already split by `TextNormalizer`, as `read(_:safeAnswer:)` does, and says
    /// too whether it holds the answer that means danger.
    /// - Parameter explainedNo: whether a no may go on to say the words were about the other
    ///   person ("no, I mean I'm done with him") and still be a no. Only for a question about
    ///   the person's own thoughts of ending their life: to "are you thinking of hurting
    ///   someone?" or "is anyone in danger?", "no, I just want to scare him" is not a no.
    func reading(of replyWords: [TextNormalizer.Word], safeAnswer: Answer, explainedNo: Bool = false) -> Reading {
        let tokens = Self.tokens(of: replyWords)
        let unsafeAnswer: Answer = safeAnswer == .yes ? .no : .yes
        let includesUnsafe = answers(in: tokens[...], safeAnswer: safeAnswer).contains(unsafeAnswer)
        return Reading(
            answer: answer(in: tokens, safeAnswer: safeAnswer, explainedNo: explainedNo), includesUnsafeAnswer: includesUnsafe)
    }

    private static func tokens(of replyWords: [TextNormalizer.Word]) -> [Token] {
        var tokens = replyWords.map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        return tokens
    }

    private func answer(in tokens: [Token], safeAnswer: Answer, explainedNo: Bool) -> Answer {
        let whole = plainAnswer(in: tokens[...], safeAnswer: safeAnswer)
        // "no, not like that. I mean I'm done with him": a plain no, then an explanation that
        // points the words at the relationship and neither hedges, qualifies nor answers again,
        // is a no. The caller still checks that the explanation raises no signal of its own.
        // NB: only a no to a question about the person's own thoughts of ending their life is
        // read so; a yes to "are you safe?" that goes on about him ("yes, he's at his mom's")
        // stays unclear, since he may come back.
        guard whole == .unclear, explainedNo, safeAnswer == .no else { return whole }
        let opening = tokens.prefix { knows($0.word) }
        let explanation = tokens[opening.endIndex...]
        guard !opening.isEmpty, !explanation.isEmpty, plainAnswer(in: opening, safeAnswer: safeAnswer) == safeAnswer,
            explains(explanation, of: tokens)
        else { return .unclear }
        return safeAnswer
    }

    /// Whether `word` is one a plain answer may hold: an answer word, a hedge or a small word.
    private func knows(_ word: String) -> Bool {
        words.safe.contains(word) || words.yes.contains(word) || words.no.contains(word) || words.hedge.contains(word)
            || words.hedgeWhenNegated.contains(word) || words.plain.contains(word)
    }

    /// Whether a negation stands right before the word, with at most determiners between them:
    /// "not my life" denies it; "can't imagine living without him" does not deny living.
    private func isDeniedOutright(at position: Int, in reply: [Token]) -> Bool {
        guard let cue = reply[position].negatedBy, cue < position, cue >= 0 else { return false }
        return reply[(cue + 1)..<position].allSatisfy { words.determiners.contains($0.word) }
    }

    /// Whether the words after a plain answer only explain it: they name the other person or the
    /// relationship, and hold no yes, safe word, hedge or contrast ("no. but…", "no. not yet"), nor
    /// anything wider than them ("and with everything"). Every word must be one an explanation
    /// is known to hold; any other ("no, I mean him, I made a plan") makes it no explanation.
    private func explains(_ explanation: ArraySlice<Token>, of reply: [Token]) -> Bool {
        guard explanation.count <= Self.longestExplanation,
            explanation.contains(where: { words.someoneElse.contains($0.word) })
        else { return false }
        return explanation.indices.allSatisfy { index in
            let word = reply[index].word
            if words.yes.contains(word) || words.safe.contains(word) || words.hedge.contains(word)
                || words.contrast.contains(word) || words.hedgeWhenNegated.contains(word)
            {
                return false
            }
            if words.beyondThem.contains(word) { return isDeniedOutright(at: index, in: reply) }
            if words.ending.contains(word) { return isAimedAtThem(at: index, in: reply) }
            return words.someoneElse.contains(word) || words.explaining.contains(word) || words.determiners.contains(word)
                || words.plain.contains(word) || words.no.contains(word)
        }
    }

    /// Whether a word for the other person or the relationship follows the word in its clause:
    /// "done *with him*", "out of this *relationship*".
    private func isAimedAtThem(at position: Int, in reply: [Token]) -> Bool {
        let clause = reply[position].clause
        return reply[(position + 1)...].prefix { $0.clause == clause }.contains { words.someoneElse.contains($0.word) }
    }

    /// The answer in `tokens` when they are a plain answer and nothing more, else `.unclear`.
    private func plainAnswer(in tokens: ArraySlice<Token>, safeAnswer: Answer) -> Answer {
        let found = answers(in: tokens, safeAnswer: safeAnswer)
        // A plain answer is only answer words and the small words around them: "no, I'm not",
        // "yes I'm safe". Anything more ("no, but I can't cope", "yes but he is coming back",
        // "safe for now") says something the yes or no does not, so it is not a plain answer.
        let replyWords = tokens.map(\.word)
        let saysMore = replyWords.contains { !knows($0) }
        let hedgesInTime = zip(replyWords, replyWords.dropFirst()).contains { $0 == "for" && ["now", "the"].contains($1) }
        if saysMore || hedgesInTime { return .unclear }
        // "no, I'm not" and "yes I'm safe" are one answer said twice; anything mixed is unclear.
        return found.count == 1 ? found.first ?? .unclear : .unclear
    }

    /// Every answer the words in `tokens` give, read one word at a time.
    private func answers(in tokens: ArraySlice<Token>, safeAnswer: Answer) -> Set<Answer> {
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
        for (index, token) in zip(tokens.indices, tokens) where token.isNegationCue && !negationsUsed.contains(index) {
            if token.word == "not" || token.word == "never" { answers.insert(.no) }
        }
        return answers
    }

    /// "go on" and "continue" go on; "stop", "I'm done" stop; "I don't want to go on" stops, and
    /// "go on, I'm not upset" goes on: only a word a negation covers turns the other way.
    func readChoice(_ text: String) -> Choice {
        let tokens = Self.tokens(of: TextNormalizer.words(in: text))
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
