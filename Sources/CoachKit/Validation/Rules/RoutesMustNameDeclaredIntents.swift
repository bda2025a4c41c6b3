/// Every route names an intent declared under `intents`.
///
/// Lint: if a route's intent is not declared, an error is raised, suggesting the closest name.
enum RoutesMustNameDeclaredIntents: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let routes = context.script.globalRoutes + context.script.nodes.flatMap { $0.ask?.routes ?? [] }
        let names = context.script.intents.map(\.name)
        return routes.compactMap { route in
            let name = route.intent.value
            guard !context.intentNames.contains(name) else { return nil }
            var message = "intent '\(name)' is not declared"
            if let suggestion = closestMatch(to: name, in: names) { message += "; did you mean '\(suggestion)'?" }
            return context.diagnostic(.unknownIntent, message, at: route.intent.path)
        }
    }
}
