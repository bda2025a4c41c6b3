/// A routed intent has something a reply can match: keywords, phrases or examples.
///
/// Lint: an intent that a route names but that has none of them is a warning at its
/// declaration, since no reply can ever take that route. (An intent no route names is C023's.)
enum IntentsShouldHaveTerms: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let script = context.script
        var routedAt: [String: String] = [:]
        for node in script.nodes {
            for route in node.ask?.routes ?? [] where routedAt[route.intent.value] == nil {
                routedAt[route.intent.value] = node.id
            }
        }
        for route in script.globalRoutes where routedAt[route.intent.value] == nil {
            routedAt[route.intent.value] = "every question"
        }
        let routeExamples = Set(
            script.nodes.flatMap { node in (node.ask?.routes ?? []).filter { !$0.examples.isEmpty }.map(\.intent.value) })
        return script.intents.compactMap { intent in
            guard let place = routedAt[intent.name], intent.keywords.isEmpty, intent.phrases.isEmpty,
                intent.examples.isEmpty, !routeExamples.contains(intent.name)
            else { return nil }
            let scope = place == "every question" ? "at every question" : "at node '\(place)'"
            return context.diagnostic(
                .intentWithoutTerms,
                "intent '\(intent.name)' has no keywords, phrases or examples, so no reply takes its route \(scope)",
                at: intent.path)
        }
    }
}
