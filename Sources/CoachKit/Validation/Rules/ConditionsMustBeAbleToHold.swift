/// A condition names an answer some node saves, and an intent that node can route.
///
/// Lint: if a `when` can never hold, an error is raised at it.
enum ConditionsMustBeAbleToHold: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var conditions = context.script.nodes.flatMap { node in
            node.say.compactMap(\.condition) + node.next.compactMap(\.condition)
                + (node.ask?.routes ?? []).compactMap(\.condition)
        }
        conditions += context.script.globalRoutes.compactMap(\.condition)
        return conditions.compactMap { condition in
            let name = condition.answer.value
            guard let savers = context.savers[name] else {
                let suggestion = closestMatch(to: name, in: context.savers.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                return context.diagnostic(
                    .impossibleCondition, "no node saves an answer named '\(name)'\(suggestion)", at: condition.answer.path)
            }
            guard let intent = condition.intent else { return nil }
            let possible = Set(savers.flatMap { $0.ask?.routes.map(\.intent.value) ?? [] })
                .union(context.script.globalRoutes.map(\.intent.value))
            guard !possible.contains(intent.value) else { return nil }
            return context.diagnostic(
                .impossibleCondition,
                "answer '\(name)' can never be '\(intent.value)': the nodes that save it route only \(possible.sorted().map { "'\($0)'" }.joined(separator: ", "))",
                at: intent.path)
        }
    }
}
