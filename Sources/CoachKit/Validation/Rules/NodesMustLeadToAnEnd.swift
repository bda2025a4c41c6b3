/// From every reachable node some path leads to a node with `"end": true`.
///
/// Lint: if a node cannot lead to an end, the conversation can never finish from there; an error
/// is raised at the node.
enum NodesMustLeadToAnEnd: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let nodes = context.script.nodes
        var predecessors = [[Int]](repeating: [], count: nodes.count)
        for (index, successors) in context.successorIndices.enumerated() {
            for next in successors { predecessors[next].append(index) }
        }
        var canEnd = [Bool](repeating: false, count: nodes.count)
        var queue = nodes.indices.filter { nodes[$0].isEnd }
        while let index = queue.popLast() {
            guard !canEnd[index] else { continue }
            canEnd[index] = true
            queue += predecessors[index]
        }
        let reached = NodesShouldBeReachable.reachableIndices(context)
        return nodes.indices.filter { index in
            guard let canonical = context.nodeIndex[nodes[index].id] else { return false }
            return reached[canonical] && !canEnd[canonical]
        }.map {
            context.diagnostic(
                .deadEnd, "no path from node '\(nodes[$0].id)' reaches a node with \"end\": true", at: nodes[$0].path)
        }
    }
}
