/// A question with routes moves on by its routes and its fallback, never by `next`.
///
/// Lint: `next` on such a node is a warning at `next`: it is never used, and an author who
/// wrote it usually meant the fallback's `to`.
enum QuestionsShouldNotHaveNextBesideRoutes: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        context.script.nodes.compactMap { node in
            guard let routes = node.ask?.routes, !routes.isEmpty, let first = node.next.first, !node.isEnd else {
                return nil
            }
            return context.diagnostic(
                .invalidNodeShape,
                "node '\(node.id)' asks with routes, so its 'next' is never used",
                at: first.path, severity: .warning,
                notes: [
                    "to go on to '\(first.target.value)' after replies that match nothing, write \"fallback\": {\"after\": 2, \"to\": \"\(first.target.value)\"}"
                ])
        }
    }
}
