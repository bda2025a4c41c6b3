/// Reads the short answers the safety layer asks for: "are you safe?" and "go on or stop?".
/// These are built in, like the layer itself, so no script can change what "stop" means here.
enum SafetyReplyReader {
    enum Answer: Equatable { case yes, no, unclear }
    enum Choice: Equatable { case goOn, stop, unclear }

    /// Words that say "yes, that is happening" to a check-in question.
    private static let yesWords: Set<String> = [
        "yes", "yeah", "sometimes", "maybe", "kind", "sort", "little", "bit", "probably", "honestly", "think",
    ]
    /// Words that say "I'm safe"; negated ("I'm not safe") they mean the opposite.
    private static let safeWords: Set<String> = ["fine", "okay", "ok", "safe", "alright", "good"]
    private static let refusals: Set<String> = ["no", "never", "nah"]

    /// "no, I'm fine" is no; "yes", "kind of", "I'm not safe" are yes; "not sure" is unclear.
    static func read(_ text: String) -> Answer {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        var saysYes = false, saysNo = false, isUnsure = false
        var cuesUsed: Set<Int> = []
        for token in tokens {
            if safeWords.contains(token.word) {
                if let cue = token.negatedBy { saysYes = true; cuesUsed.insert(cue) } else { saysNo = true }
            } else if token.word == "sure", token.negatedBy != nil {
                isUnsure = true
                if let cue = token.negatedBy { cuesUsed.insert(cue) }
            } else if yesWords.contains(token.word), token.negatedBy == nil {
                saysYes = true
            }
        }
        for (index, token) in tokens.enumerated() where !cuesUsed.contains(index) {
            if refusals.contains(token.word) || token.word == "not" { saysNo = true }
        }
        if isUnsure { return .unclear }
        switch (saysYes, saysNo) {
        case (true, false): return .yes
        case (false, true): return .no
        default: return .unclear
        }
    }

    private static let goOnWords: Set<String> = [
        "go", "continue", "carry", "keep", "yes", "ok", "okay", "sure", "yeah", "resume", "on",
    ]
    private static let stopWords: Set<String> = ["stop", "quit", "end", "done", "leave", "exit", "enough", "bye", "no"]

    /// "go on" and "continue" go on; "stop", "I'm done" stop; "I don't want to go on" stops.
    static func readChoice(_ text: String) -> Choice {
        let words = TextNormalizer.words(in: text).map(\.text)
        var goOn = words.contains { goOnWords.contains($0) }
        var stop = words.contains { stopWords.contains($0) }
        if words.contains("not") || words.contains("never") { (goOn, stop) = (stop, goOn) }
        switch (goOn, stop) {
        case (true, false): return .goOn
        case (false, true): return .stop
        default: return .unclear
        }
    }
}
