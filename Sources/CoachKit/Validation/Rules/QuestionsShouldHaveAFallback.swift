/// A question with routes says where to go after replies that match nothing.
///
/// Lint: if a question has routes but no `fallback.to`, a warning is raised: a person whose
/// words the keywords miss would be asked the same question for ever.
enum QuestionsShouldHaveAFallback: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        context.script.nodes.compactMap { node in
            // NB: a fallback without `to` is the decoder's error (a missing field), not this warning.
            guard let ask = node.ask, !ask.routes.isEmpty, ask.fallbackTarget == nil, ask.fallbackPath == nil else {
                return nil
            }
            return context.diagnostic(
                .missingFallback, "question '\(node.id)' has no fallback; add \"fallback\": {\"after\": 2, \"to\": \"…\"}",
                at: ask.path)
        }
    }
}
