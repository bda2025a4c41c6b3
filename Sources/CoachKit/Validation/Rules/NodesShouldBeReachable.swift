/// Every node can be reached from `start`.
///
/// Lint: if no conversation can reach a node, a warning is raised at it.
enum NodesShouldBeReachable: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let reached = reachable(context)
        return context.script.nodes.filter { !reached.contains($0.id) }.map {
            context.diagnostic(.unreachableNode, "node '\($0.id)' cannot be reached from the start node '\(context.script.start.value)'", at: $0.path)
        }
    }

    /// The ids of every node reachable from `start`.
    static func reachable(_ context: ValidationContext) -> Set<String> {
        var seen: Set<String> = []
        var queue = [context.script.start.value]
        while let id = queue.popLast() {
            guard seen.insert(id).inserted, let index = context.nodeIndex[id] else { continue }
            queue += context.successors(of: context.script.nodes[index])
        }
        return seen
    }
}
