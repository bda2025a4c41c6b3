/// From every reachable node some path leads to a node with `"end": true`.
///
/// Lint: if a node cannot lead to an end, the conversation can never finish from there; an error
/// is raised at the node.
enum NodesMustLeadToAnEnd: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let nodes = context.script.nodes
        var predecessors: [String: [String]] = [:]
        for node in nodes {
            for next in context.successors(of: node) { predecessors[next, default: []].append(node.id) }
        }
        var canEnd: Set<String> = []
        var queue = nodes.filter(\.isEnd).map(\.id)
        while let id = queue.popLast() {
            guard canEnd.insert(id).inserted else { continue }
            queue += predecessors[id] ?? []
        }
        let reached = NodesShouldBeReachable.reachable(context)
        return nodes.filter { reached.contains($0.id) && !canEnd.contains($0.id) }.map {
            context.diagnostic(.deadEnd, "no path from node '\($0.id)' reaches a node with \"end\": true", at: $0.path)
        }
    }
}
