import CoachKit
import Testing

@Suite struct NegationScopeTests {
    private func negated(_ text: String) -> [String] {
        var tokens = TextNormalizer.words(in: text).map { Token(word: $0.text, stem: $0.text, clause: $0.clause) }
        NegationScope.mark(&tokens)
        return tokens.filter { $0.negatedBy != nil }.map(\.word)
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
