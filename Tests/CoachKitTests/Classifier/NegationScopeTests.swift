import CoachKit
import Testing

@Suite struct NegationScopeTests {
    private func negated(
        _ text: String, _ doubleNegation: NegationScope.DoubleNegation = .keepsBoth, listeningForDanger: Bool = false
    ) -> [String] {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens, doubleNegation: doubleNegation, subjectEndsScope: listeningForDanger)
        return tokens.filter { $0.negatedBy != nil }.map(\.word)
    }

    /// Listening for danger, "I don't know" does not deny the question after it: "idk what the
    /// point of living is" says "the point of living". "if" and "whether" stay inside the scope
    /// ("I don't know if I want to live" is heard through its negation), and answers keep the
    /// whole scope.
    @Test func aQuestionWordAfterAWordOfKnowingEndsTheScopeWhenListeningForDanger() {
        #expect(negated("idk what the point of living is", listeningForDanger: true) == ["know"])
        #expect(negated("not sure how to keep going", listeningForDanger: true) == ["sure"])
        #expect(negated("i dont know why he lied", listeningForDanger: true) == ["know"])
        #expect(negated("i dont know if i want to live", listeningForDanger: true) == ["know", "if"])
        #expect(negated("idk what the point of living is") == ["know", "what", "the", "point", "of"])
        // A question word that does not follow a word of knowing stays covered.
        #expect(negated("i did not ask what happened", listeningForDanger: true) == ["ask", "what", "happened"])
    }

    /// Read as answers, a negation inside another's scope is negated and covers nothing.
    @Test func aSecondNegationCancelsTheFirstWhenAnswersAreRead() {
        #expect(negated("i can't not go", .cancels) == ["not"])
        #expect(negated("i don't want to not see him", .cancels) == ["want", "to", "not"])
        // Negative concord is one negation said twice: nothing cancels it.
        #expect(negated("i didn't do nothing wrong", .cancels) == ["do", "wrong"])
        #expect(negated("i can't never trust him", .cancels) == ["trust", "him"])
        // The safety layer keeps both: the second negation still covers what follows it.
        #expect(negated("i can't not go") == ["go"])
        // In another clause, a negation is a negation of its own.
        #expect(negated("i didn't lie, he didn't either", .cancels) == ["lie", "either"])
    }

    @Test func notCoversTheRestOfItsClauseOnly() {
        #expect(negated("I didn't cheat, she did") == ["cheat"])
        #expect(negated("I don't think I did anything wrong") == ["think", "i", "did", "anything", "wrong"])
    }

    @Test func neverAndNothingNegateToo() {
        #expect(negated("never again") == ["again"])
        #expect(negated("nothing happened") == ["happened"])
    }

    @Test func noCoversOnlyTheNextWordAndNotAPronoun() {
        #expect(negated("no apology needed") == ["apology"])
        #expect(negated("no it was him") == [])
    }

    @Test func scopeHasALimitedReach() {
        #expect(negated("not one two three four five six seven").count == NegationScope.reach)
    }
}
