/// Each route at a question can be taken: a route for an intent that an earlier route of the same
/// question takes without a condition is never reached, since routes are tried in order.
///
/// Lint: such a route is a warning at the dead route, naming the one that takes its replies.
enum RoutesShouldNotBeShadowed: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in context.script.nodes {
            guard let routes = node.ask?.routes, routes.count > 1 else { continue }
            var unconditional: [String: Route] = [:]
            for route in routes {
                let intent = route.intent.value
                if let first = unconditional[intent] {
                    let line = context.location(of: first.path).line
                    diagnostics.append(
                        context.diagnostic(
                            .shadowedRoute,
                            "the route for '\(intent)' to '\(route.target.value)' at node '\(node.id)' is never taken: the route on line \(line) takes every '\(intent)' reply first",
                            at: route.path,
                            notes: ["give the first route a 'when', or remove one of the two"]))
                } else if route.condition == nil {
                    unconditional[intent] = route
                }
            }
        }
        return diagnostics
    }
}
