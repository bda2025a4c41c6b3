/// A phrase's gaps and concepts multiply the ways it can match: `a *10 b *10 c *10 d` has
/// 1,331 at one position. Matching stops trying after `PatternMatcher.stepBudget` steps, so
/// that no reply is slow, and a phrase that could need more may miss a reply it fits.
///
/// Lint: a warning at each such phrase, with its count, so the author can shorten its gaps.
enum PhrasesShouldStayWithinTheStepBudget: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        let patterns = script.classifier.patterns
        var diagnostics: [Diagnostic] = []
        for pattern in patterns.patterns {
            let ways = patterns.mostSteps(of: pattern.elements)
            guard ways > Double(PatternMatcher.stepBudget) else { continue }
            let intent = script.script.intents[Int(pattern.label)]
            let terms = intent.keywords + intent.phrases
            guard Int(pattern.termIndex) < terms.count else { continue }
            let count = ways < 1e9 ? String(Int(ways)) : "more than a billion"
            diagnostics.append(
                context.diagnostic(
                    .costlyPattern,
                    "phrase '\(pattern.text)' of intent '\(intent.name)' can match in \(count) ways at one place, more than the \(PatternMatcher.stepBudget) that matching tries, so it may miss a reply it fits; use fewer or shorter gaps ('*' is up to 3 words)",
                    at: terms[Int(pattern.termIndex)].path))
        }
        return diagnostics
    }
}
