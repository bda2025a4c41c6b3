/// Every node can be reached from `start`.
///
/// Lint: if no conversation can reach a node, a warning is raised at it.
enum NodesShouldBeReachable: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let reached = reachableIndices(context)
        // NB: a node is judged by the first node of its id; a duplicate is reported elsewhere.
        return context.script.nodes.filter { node in !(context.nodeIndex[node.id].map { reached[$0] } ?? false) }.map {
            context.diagnostic(
                .unreachableNode, "node '\($0.id)' cannot be reached from the start node '\(context.script.start.value)'",
                at: $0.path)
        }
    }

    /// The ids of every node reachable from `start`.
    static func reachable(_ context: ValidationContext) -> Set<String> {
        let reached = reachableIndices(context)
        return Set(reached.indices.filter { reached[$0] }.map { context.script.nodes[$0].id })
    }

    /// For each node (by index), whether `start` can reach it.
    static func reachableIndices(_ context: ValidationContext) -> [Bool] {
        ValidationContext.walk(
            count: context.script.nodes.count, from: context.nodeIndex[context.script.start.value].map { [$0] } ?? []
        ) { context.successorIndices[$0] }
    }
}
