/// Each example is written once: the same reply twice teaches nothing new, and one reply given
/// to two intents of the same question teaches both at once, which is a labelling mistake.
///
/// Lint: a warning at the second copy, naming the first. Replies are compared as the classifier
/// reads them, so "I did." and "i did" are the same example.
enum ExamplesMustBeDistinct: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: (intent: String, example: Located<String>)] = [:]
        func visit(_ example: Located<String>, intent: String, scope: String) {
            let key = scope + "\u{0}" + TextNormalizer.words(in: example.value).map(\.text).joined(separator: " ")
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
        // Intent-wide examples are compared with each other, and a route's with its question's.
        for intent in script.script.intents {
            for example in intent.examples { visit(example, intent: intent.name, scope: "") }
            for example in intent.counterExamples { visit(example, intent: "not " + intent.name, scope: "") }
        }
        for node in script.script.nodes {
            for route in node.ask?.routes ?? [] {
                for example in route.examples { visit(example, intent: route.intent.value, scope: node.id) }
            }
        }
        return diagnostics
    }
}
