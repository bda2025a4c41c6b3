/// Every example is read as its own intent by the weights it trained: one that is not is
/// usually mislabelled, or says something the other intents' examples say too.
///
/// Lint: a warning at the example, saying what it was read as, with the command that explains
/// why. A clarifying question or a re-ask is not a misreading: the coach would ask, not guess.
/// A global intent's examples must reach it, and its counter-examples must not.
enum ExamplesShouldBeReadAsTheirIntent: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        guard let learned = script.classifier.learned, !learned.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        func report(_ example: Located<String>, intent: String, readAs: String, at node: String, kind: String = "example") {
            let quoted = example.value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\\"")
            diagnostics.append(
                context.diagnostic(
                    .exampleMisread,
                    "\(kind) '\(example.value)' of '\(intent)' is read as '\(readAs)' at node '\(node)'",
                    at: example.path,
                    notes: [
                        "see why with: coach classify --script \(context.source.fileName) --node \(node) --explain \"\(quoted)\""
                    ]))
        }
        let examplesOfIntent = Dictionary(
            script.script.intents.map { ($0.name, $0.examples) }, uniquingKeysWith: { first, _ in first })
        for node in script.script.nodes where learned.questions[node.id] != nil {
            guard let routes = node.ask?.routes, let scope = script.scope(at: node.id) else { continue }
            var checked = Set<String>()
            for route in routes where checked.insert(route.intent.value).inserted {
                let intent = route.intent.value
                let examples = routes.filter { $0.intent.value == intent }.flatMap(\.examples) + (examplesOfIntent[intent] ?? [])
                for example in examples {
                    let result = script.classifier.classify(example.value, in: scope)
                    guard case .intent(let readAs) = result.outcome, readAs != intent,
                        routes.contains(where: { $0.intent.value == readAs })
                    else { continue }
                    report(example, intent: intent, readAs: readAs, at: node.id)
                }
            }
        }
        // A global intent is checked at the first open question (one with no routes), where only
        // its yes-or-no model and its patterns speak.
        guard let open = script.script.nodes.first(where: { $0.ask.map { $0.routes.isEmpty } ?? false }),
            let scope = script.scope(at: open.id)
        else { return diagnostics }
        for global in learned.globals {
            let name = script.classifier.intentNames[Int(global.intent)]
            guard let intent = script.script.intents.first(where: { $0.name == name }) else { continue }
            for example in intent.examples {
                let label = script.classifier.classify(example.value, in: scope).label
                if label != name, label != "confirm" { report(example, intent: name, readAs: label, at: open.id) }
            }
            for example in intent.counterExamples where script.classifier.classify(example.value, in: scope).label == name {
                report(example, intent: name, readAs: name, at: open.id, kind: "counter-example")
            }
        }
        return diagnostics
    }
}
