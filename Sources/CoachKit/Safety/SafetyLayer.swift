/// Watches every reply, at every node of every script, for danger: self-harm, violence,
/// assault, threats, stalking and control, harm to others, someone else at risk.
///
/// It runs before routing and no script can switch it off. Figures of speech ("I'd die of
/// embarrassment"), denials ("I'm not suicidal") and jokes about anger ("I could kill him lol")
/// do not raise it.
///
///     let layer = try SafetyLayer()
///     layer.assess("he choked me last night")
///     // SafetyAssessment(level: .urgent, category: .physicalViolence, evidence: [...])
public struct SafetyLayer: Sendable {
    private let patterns: PatternSet
    private let rules: [SafetyRule]
    /// The label of the first figurative pattern; rules take the labels before it.
    private let firstFigurativeLabel: Int32

    /// Compiles the built-in lexicon with an English stemmer.
    /// - Throws: `Stemmer.UnsupportedLanguage` if libstemmer lacks English, which no build does.
    public init() throws(Stemmer.UnsupportedLanguage) {
        let stemmer = try Stemmer(language: "english")
        rules = SafetyLexicon.rules
        var labels = rules.map { $0.patterns.map { PatternCompiler.TermInput(text: $0) } }
        firstFigurativeLabel = Int32(labels.count)
        labels.append(contentsOf: SafetyLexicon.figurative.map { [PatternCompiler.TermInput(text: $0)] })
        // NB: the lexicon is ours and covered by tests, so compile problems cannot reach a user.
        (patterns, _) = PatternCompiler.compile(concepts: SafetyLexicon.concepts, labels: labels, stemmer: stemmer)
    }

    /// The most serious danger the reply signals, or nil when there is none.
    public func assess(_ text: String) -> SafetyAssessment? {
        assess(words: TextNormalizer.words(in: text))
    }

    /// Assesses a reply already split by `TextNormalizer`.
    public func assess(words: [TextNormalizer.Word]) -> SafetyAssessment? {
        let (tokens, ids) = patterns.analyze(words)
        let matches = patterns.matches(in: tokens, ids: ids, scope: nil)
        let figurativeWords = Set(matches.filter { $0.label >= firstFigurativeLabel }.flatMap(\.covered))
        let isJoke = tokens.contains { SafetyLexicon.jokeMarkers.contains($0.word) }
        let signals = matches.filter { match in
            guard match.label < firstFigurativeLabel else { return false }
            if isJoke, rules[Int(match.label)].isHyperbole { return false }
            return match.covered.allSatisfy { !figurativeWords.contains($0) }
        }
        // The highest level wins, then the match covering more words, then the earlier rule.
        let strongest = signals.max { left, right in
            let leftRule = rules[Int(left.label)], rightRule = rules[Int(right.label)]
            if leftRule.level != rightRule.level { return leftRule.level < rightRule.level }
            if left.covered.count != right.covered.count { return left.covered.count < right.covered.count }
            return left.label > right.label
        }
        guard let strongest else { return nil }
        let rule = rules[Int(strongest.label)]
        return SafetyAssessment(
            level: rule.level, category: rule.category, evidence: strongest.range.map { tokens[$0].word })
    }
}
