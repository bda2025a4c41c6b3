/// A question whose intents have examples learns its weights from them, but only when every
/// intent it routes has some: a model never chooses a label it was not shown.
///
/// Lint: a warning at the question's first route without examples, saying its patterns decide
/// alone there.
enum QuestionsShouldHaveExamplesForEveryIntent: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        let intentWide = Set(script.script.intents.filter { !$0.examples.isEmpty }.map(\.name))
        var diagnostics: [Diagnostic] = []
        for node in script.script.nodes {
            guard let routes = node.ask?.routes, !routes.isEmpty else { continue }
            func hasExamples(_ intent: String) -> Bool {
                intentWide.contains(intent) || routes.contains { $0.intent.value == intent && !$0.examples.isEmpty }
            }
            let missing = routes.filter { !hasExamples($0.intent.value) }
            guard let first = missing.first, missing.count < routes.count else { continue }
            let names = Array(Set(missing.map(\.intent.value))).sorted().map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                context.diagnostic(
                    .incompleteExamples,
                    "question '\(node.id)' has examples for some intents but none for \(names), so its patterns decide alone",
                    at: first.path,
                    notes: ["give the route 'examples', or the intent examples that hold at every question"]))
        }
        return diagnostics
    }
}
