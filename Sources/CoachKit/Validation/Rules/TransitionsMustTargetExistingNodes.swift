/// `start`, every route's `to`, every `next` and every fallback `to` name an existing node.
///
/// Lint: if a destination is not a node, an error is raised there, suggesting the closest id.
enum TransitionsMustTargetExistingNodes: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        context.forEachTarget { target in
            guard context.nodeIndex[target.value] == nil else { return }
            var message = "'\(target.value)' is not a node"
            if let suggestion = closestMatch(to: target.value, in: context.script.nodes.map(\.id)) {
                message += "; did you mean '\(suggestion)'?"
            }
            diagnostics.append(context.diagnostic(.unknownNode, message, at: target.path))
        }
        return diagnostics
    }
}
