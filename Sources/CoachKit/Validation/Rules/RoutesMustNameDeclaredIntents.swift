/// Every route, and every acknowledgement with an intent, names an intent declared under `intents`.
///
/// Lint: if such an intent is not declared, an error is raised, suggesting the closest name.
enum RoutesMustNameDeclaredIntents: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ route: Route) { check(route.intent) }
        func check(_ intent: Located<String>) {
            let name = intent.value
            guard !context.intentNames.contains(name) else { return }
            var message = "intent '\(name)' is not declared"
            if let suggestion = closestMatch(to: name, in: context.script.intents.map(\.name)) {
                message += "; did you mean '\(suggestion)'?"
            }
            diagnostics.append(context.diagnostic(.unknownIntent, message, at: intent.path))
        }
        // NB: visited in place; copying every route of a large script first cost megabytes.
        context.script.globalRoutes.forEach(check)
        for node in context.script.nodes {
            node.ask?.routes.forEach(check)
            for rule in node.ask?.acknowledge ?? [] { if let intent = rule.intent { check(intent) } }
        }
        return diagnostics
    }
}
