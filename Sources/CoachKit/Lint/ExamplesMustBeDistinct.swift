/// Each example is written once: the same reply twice teaches nothing new, and one reply given
/// to two intents of the same question teaches both at once, which is a labelling mistake.
///
/// Lint: a warning at the second copy, naming the first. Replies are compared as the classifier
/// reads them, so "I did." and "i did" are the same example.
enum ExamplesMustBeDistinct: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        typealias Seen = [String: (intent: String, example: Located<String>)]
        func key(_ example: Located<String>) -> String {
            TextNormalizer.words(in: example.value).map(\.text).joined(separator: " ")
        }
        func visit(_ example: Located<String>, intent: String, in first: inout Seen) {
            let key = key(example)
            guard let earlier = first[key] else {
                first[key] = (intent, example)
                return
            }
            let (line, _) = context.source.lineAndColumn(ofOffset: earlier.example.path.offset)
            let message =
                earlier.intent == intent
                ? "example '\(example.value)' of '\(intent)' repeats the one on line \(line)"
                : "example '\(example.value)' is given to both '\(earlier.intent)' (line \(line)) and '\(intent)'"
            diagnostics.append(context.diagnostic(.duplicateExample, message, at: example.path))
        }
        // Intent-wide examples are compared with each other; a route's with its question's
        // routes and with the intent-wide examples of every intent the question routes.
        var everywhere: Seen = [:]
        for intent in script.script.intents {
            for example in intent.examples { visit(example, intent: intent.name, in: &everywhere) }
            for example in intent.counterExamples { visit(example, intent: "not " + intent.name, in: &everywhere) }
        }
        for node in script.script.nodes {
            guard let routes = node.ask?.routes, routes.contains(where: { !$0.examples.isEmpty }) else { continue }
            let routed = Set(routes.map(\.intent.value))
            var atNode: Seen = everywhere.filter { routed.contains($0.value.intent) }
            for route in routes {
                for example in route.examples { visit(example, intent: route.intent.value, in: &atNode) }
            }
        }
        return diagnostics
    }
}
