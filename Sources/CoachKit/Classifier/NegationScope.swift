/// Marks the words a negation covers, so "I didn't cheat" does not count as "cheat" and
/// "not sure" is not "sure".
///
/// A negation word covers the words after it in its clause, up to `reach` of them: in "I don't
/// think I did anything wrong, she did" the scope of "not" runs to "wrong" and stops at the comma.
/// "no" covers only the next word, and not a pronoun ("no apology needed", but "no it was him").
public enum NegationScope {
    public static let cues: Set<String> = [
        "not", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely", "no",
    ]
    public static let reach = 5
    private static let pronouns: Set<String> = [
        "i", "it", "he", "she", "they", "we", "you", "that", "this", "one", "way", "idea", "worries",
    ]

    /// Sets `negatedBy` on every token inside a negation's scope.
    public static func mark(_ tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            let cue = tokens[index]
            guard cue.isNegationCue else { index += 1; continue }
            let limit = cue.word == "no" ? 1 : reach
            var offset = 1
            while offset <= limit, index + offset < tokens.count {
                let position = index + offset
                let token = tokens[position]
                if token.clause != cue.clause || token.isNegationCue { break }
                if cue.word == "no", pronouns.contains(token.word) { break }
                tokens[position].negatedBy = index
                offset += 1
            }
            index += 1
        }
    }
}
