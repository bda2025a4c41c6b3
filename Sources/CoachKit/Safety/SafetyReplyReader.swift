/// Reads the short answers the safety layer asks for: a check-in ("Are you safe right now?",
/// "are you having thoughts of ending your life?") and "go on or stop?". These are built in,
/// like the layer itself, so no script can change what "stop" means here.
public enum SafetyReplyReader {
    /// A plain answer to a yes-or-no question.
    public enum Answer: Sendable, Equatable { case yes, no, unclear }
    enum Choice: Equatable { case goOn, stop, unclear }

    private static let yesWords: Set<String> = ["yes", "yeah", "yep", "yup", "ya", "yea", "y", "sure", "definitely", "course"]
    private static let noWords: Set<String> = ["no", "nope", "nah", "n", "nein"]
    /// "I'm safe", "I'm fine": a statement of safety; negated ("not safe", "not ok") it is the opposite.
    private static let safeWords: Set<String> = ["fine", "okay", "ok", "safe", "alright", "good"]
    /// Words that hedge: whatever else is said, the answer is not a plain one.
    private static let hedgeWords: Set<String> = [
        "maybe", "sometimes", "kind", "sort", "probably", "think", "guess", "perhaps", "possibly", "mostly", "dunno",
        "little", "bit", "unsure",
    ]
    /// Words that hedge when negated: "not right now", "not really", "not sure", "I don't know".
    private static let negatedHedgeWords: Set<String> = [
        "now", "moment", "yet", "today", "tonight", "anymore", "really", "sure", "know", "exactly", "totally", "always",
    ]

    /// The plain yes or no in a reply to a yes-or-no question, or `.unclear` when it hedges
    /// ("idk", "not right now", "maybe", "not really") or says both.
    ///
    /// A statement of safety answers the question it goes with: "I'm safe" is a yes to "are you
    /// safe?" (`safeAnswer` .yes) and a no to "are you having thoughts of ending your life?"
    /// (`safeAnswer` .no); "I'm not safe" is the opposite of each.
    public static func read(_ text: String, safeAnswer: Answer) -> Answer {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        let unsafeAnswer: Answer = safeAnswer == .yes ? .no : .yes
        var answers: Set<Answer> = []
        // Negations that belong to a word read here ("not safe", "not sure"); any other is a plain no.
        var negationsUsed: Set<Int> = []
        for token in tokens {
            let negated = token.negatedBy != nil
            if let cue = token.negatedBy,
                safeWords.contains(token.word) || yesWords.contains(token.word) || negatedHedgeWords.contains(token.word)
                    || hedgeWords.contains(token.word)
            {
                negationsUsed.insert(cue)
            }
            if safeWords.contains(token.word) {
                answers.insert(negated ? unsafeAnswer : safeAnswer)
            } else if hedgeWords.contains(token.word) || (negated && negatedHedgeWords.contains(token.word)) {
                answers.insert(.unclear)
            } else if yesWords.contains(token.word) {
                answers.insert(negated ? .unclear : .yes)
            } else if noWords.contains(token.word) {
                answers.insert(.no)
            }
        }
        for (index, token) in tokens.enumerated() where token.isNegationCue && !negationsUsed.contains(index) {
            if token.word == "not" || token.word == "never" { answers.insert(.no) }
        }
        // A plain answer is only answer words and the small words around them: "no, I'm not",
        // "yes I'm safe". Anything more ("no, but I can't cope", "yes but he is coming back",
        // "safe for now") says something the yes or no does not, so it is not a plain answer.
        let words = tokens.map(\.word)
        let saysMore = words.contains { word in
            !safeWords.contains(word) && !yesWords.contains(word) && !noWords.contains(word) && !hedgeWords.contains(word)
                && !negatedHedgeWords.contains(word) && !plainAnswerWords.contains(word)
        }
        let hedgesInTime = zip(words, words.dropFirst()).contains { $0 == "for" && ["now", "the"].contains($1) }
        if saysMore || hedgesInTime { return .unclear }
        // "no, I'm not" and "yes I'm safe" are one answer said twice; anything mixed is unclear.
        return answers.count == 1 ? answers.first ?? .unclear : .unclear
    }

    /// The small words a plain yes or no comes with ("I'm not", "yes I am, thank you").
    private static let plainAnswerWords: Set<String> = [
        "i", "am", "it", "is", "not", "never", "at", "all", "thanks", "thank", "you", "so", "just", "totally", "completely",
        "honestly", "promise", "are", "we", "do", "does", "did", "have", "has", "be", "been", "right", "well", "very", "quite",
        "pretty", "absolutely", "of", "and", "that", "true", "correct", "he", "she", "they", "me", "now", "really", "for",
        "lol", "haha", "too", "am", "i am", "actually", "think", "mostly", "yes", "no",
    ]

    private static let goOnWords: Set<String> = [
        "go", "continue", "carry", "keep", "yes", "ok", "okay", "sure", "yeah", "resume", "on",
    ]
    private static let stopWords: Set<String> = ["stop", "quit", "end", "done", "leave", "exit", "enough", "bye", "no"]

    /// "go on" and "continue" go on; "stop", "I'm done" stop; "I don't want to go on" stops, and
    /// "go on, I'm not upset" goes on: only a word a negation covers turns the other way.
    static func readChoice(_ text: String) -> Choice {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        var goOn = false, stop = false
        for token in tokens {
            let negated = token.negatedBy != nil
            if goOnWords.contains(token.word) {
                if negated { stop = true } else { goOn = true }
            } else if stopWords.contains(token.word) {
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
