/// Every sample reply reaches what it is a sample of: a route's samples its route at that node,
/// an intent's samples that intent at every node that routes it (like ChatScript's `:verify`).
///
/// Lint: if a sample is classified otherwise, an error is raised at the sample, saying what it
/// was understood as instead.
enum SamplesMustReachTheirRoutes: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func verify(_ sample: Located<String>, means intent: String, at node: Node) {
            guard let scope = script.scope(at: node.id) else { return }
            let result = script.classifier.classify(sample.value, in: scope)
            guard result.label != intent else { return }
            let scores = result.candidates.map { "\($0.name) \($0.score)" }.joined(separator: ", ")
            diagnostics.append(
                context.diagnostic(
                    .sampleMisrouted,
                    "sample '\(sample.value)' is read as '\(result.label)', not '\(intent)', at node '\(node.id)'"
                        + (scores.isEmpty ? "" : " (scores: \(scores))"),
                    at: sample.path,
                    notes: [
                        "see why with: coach classify --script \(context.source.fileName) --node \(node.id) --explain \"\(sample.value)\""
                    ]))
        }
        for node in script.script.nodes {
            for route in node.ask?.routes ?? [] {
                for sample in route.samples { verify(sample, means: route.intent.value, at: node) }
            }
        }
        for intent in script.script.intents where !intent.samples.isEmpty {
            let askers = script.script.nodes.filter { node in
                node.ask?.routes.contains { $0.intent.value == intent.name } ?? false
            }
            let global = script.script.globalRoutes.contains { $0.intent.value == intent.name }
            let nodes = global ? script.script.nodes.filter { $0.ask != nil } : askers
            for node in nodes {
                for sample in intent.samples { verify(sample, means: intent.name, at: node) }
            }
        }
        return diagnostics
    }
}
