/// `acknowledge` belongs to an open question, and its rule for any answer comes last.
///
/// Lint: an error at `acknowledge` on a question with routes (the node each route leads to is
/// where that answer is acknowledged), and at a rule without an intent that is not the last (it
/// takes every answer, so the rules after it could never be used).
enum AcknowledgementsMustFitTheirQuestion: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in context.script.nodes {
            guard let ask = node.ask, let first = ask.acknowledge.first else { continue }
            if !ask.routes.isEmpty {
                diagnostics.append(
                    context.diagnostic(
                        .invalidNodeShape,
                        "question '\(node.id)' has routes, so 'acknowledge' would never be used; acknowledge the answer in the node each route leads to",
                        at: first.path))
            }
            for rule in ask.acknowledge.dropLast() where rule.intent == nil {
                diagnostics.append(
                    context.diagnostic(
                        .invalidNodeShape,
                        "this acknowledgement has no intent, so it takes every answer and the rules after it are never used; move it last",
                        at: rule.path))
            }
        }
        return diagnostics
    }
}
