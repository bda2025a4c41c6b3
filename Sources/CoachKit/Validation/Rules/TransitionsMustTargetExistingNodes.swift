/// `start`, every route's `to`, every `next` and every fallback `to` name an existing node.
///
/// Lint: if a destination is not a node, an error is raised there, suggesting the closest id.
/// When several destinations name the same missing id and the closest node is named by nothing,
/// the node's own id is the likelier typo: one error is raised at that node, suggesting it be
/// renamed, with the places that name the missing id as notes.
enum TransitionsMustTargetExistingNodes: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var missing: [(name: String, places: [Located<String>])] = []
        var named = Set<String>()
        context.forEachTarget { target in
            guard context.nodeIndex[target.value] == nil else {
                named.insert(target.value)
                return
            }
            if let index = missing.firstIndex(where: { $0.name == target.value }) {
                missing[index].places.append(target)
            } else {
                missing.append((target.value, [target]))
            }
        }
        let ids = context.script.nodes.map(\.id)
        return missing.flatMap { name, places -> [Diagnostic] in
            let suggestion = closestMatch(to: name, in: ids)
            if places.count > 1, let suggestion, !named.contains(suggestion),
                let node = context.nodeIndex[suggestion].map({ context.script.nodes[$0] })
            {
                return [renaming(node, to: name, namedAt: places, context)]
            }
            let advice = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return places.map { context.diagnostic(.unknownNode, "'\(name)' is not a node\(advice)", at: $0.path) }
        }
    }

    private static func renaming(_ node: Node, to name: String, namedAt places: [Located<String>], _ context: ValidationContext)
        -> Diagnostic
    {
        context.diagnostic(
            .unknownNode,
            "\(places.count) destinations name '\(name)', which is not a node, and nothing names node '\(node.id)'; did you mean to call it '\(name)'?",
            at: node.path,
            notes: places.map {
                let place = context.location(of: $0.path)
                return "'\(name)' is named at line \(place.line), column \(place.column)"
            })
    }
}
