/// Marks the words a negation covers, so "I didn't cheat" does not count as "cheat" and
/// "not sure" is not "sure".
///
/// A negation word covers the words after it in its clause, up to `reach` of them: in "I don't
/// think I did anything wrong, she did" the scope of "not" runs to "wrong" and stops at the comma.
/// "no" covers only the next word, and not a pronoun ("no apology needed", but "no it was him").
///
/// When answers are read (`DoubleNegation.cancels`), a negation inside another's scope is itself
/// negated and covers nothing: "I can't not apologise" and "I don't want to not trust her" say
/// yes. Only "not" cancels, and only a "not" or "never" before it: "I didn't do nothing" and
/// "I can't never trust him" are one negation said twice. The safety layer keeps both negations
/// (`.keepsBoth`), so "I don't know if I don't want to be here" is still heard as danger.
public enum NegationScope {
    public enum DoubleNegation: Sendable { case keepsBoth, cancels }

    // NB: the words come from the language pack (`negation` in `Dialogue/Language/english.json`).
    public static let cues = LanguagePack.english.negation.cues
    public static let reach = LanguagePack.english.negation.reach
    /// Words "no" does not cover: "no it was him" denies, it does not negate "it".
    private static let pronouns = LanguagePack.english.negation.noStopsBefore

    /// Subjects that begin a clause of their own when they follow a negated word: "idk i want
    /// to die" is "I don't know" and then "I want to die".
    private static let subjects = LanguagePack.english.negation.subjects
    /// Words after which a subject is what is said, thought or meant, still under the negation:
    /// "I don't think I want to die", "I never said he would hit me".
    private static let reporting = LanguagePack.english.negation.reportingWords
    /// "know", "sure", …, and the question words that, after one of them, open a clause of its
    /// own: "idk what the point of living is" is "I don't know" and then "the point of living".
    private static let knowing = LanguagePack.english.negation.knowingWords
    private static let questionWords = LanguagePack.english.negation.embeddedQuestionWords

    /// Sets `negatedBy` on every token inside a negation's scope.
    /// - Parameter subjectEndsScope: whether a subject after the negated word ends the scope, as
    ///   it does when the safety layer listens: there, "I don't know, I want to die" typed without
    ///   its comma must not read as "not … die". So does a question word after a word of knowing
    ///   ("I don't know what the point of living is"). Answers keep reading "I don't think I can
    ///   trust him" as a no, so they leave it off.
    public static func mark(
        _ tokens: inout [Token], doubleNegation: DoubleNegation = .keepsBoth, subjectEndsScope: Bool = false
    ) {
        var index = 0
        while index < tokens.count {
            let cue = tokens[index]
            // NB: a cancelled negation (negated itself) opens no scope of its own.
            guard cue.isNegationCue, cue.negatedBy == nil else { index += 1; continue }
            let limit = cue.word == "no" ? 1 : reach
            var offset = 1
            while offset <= limit, index + offset < tokens.count {
                let position = index + offset
                let token = tokens[position]
                if token.clause != cue.clause { break }
                if token.isNegationCue {
                    // NB: only "not" cancels, after "not" or "never": "I didn't do nothing",
                    // "can't never" and "neither … nor" are one negation said twice (negative concord).
                    if doubleNegation == .cancels, token.word == "not", cue.word == "not" || cue.word == "never" {
                        tokens[position].negatedBy = index
                    }
                    break
                }
                if cue.word == "no", pronouns.contains(token.word) { break }
                if subjectEndsScope, offset > 1, subjects.contains(token.word), !reporting.contains(tokens[position - 1].word) {
                    break
                }
                if subjectEndsScope, offset > 1, questionWords.contains(token.word), knowing.contains(tokens[position - 1].word) {
                    break
                }
                tokens[position].negatedBy = index
                offset += 1
            }
            index += 1
        }
    }
}
