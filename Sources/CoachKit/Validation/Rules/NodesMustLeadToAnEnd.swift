/// From every reachable node some path leads to a node with `"end": true`.
///
/// Lint: if a node cannot lead to an end, the conversation can never finish from there; an error
/// is raised at the node.
enum NodesMustLeadToAnEnd: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let nodes = context.script.nodes
        let predecessors = ValidationContext.predecessors(of: context.successorIndices)
        let canEnd = ValidationContext.walk(count: nodes.count, from: nodes.indices.filter { nodes[$0].isEnd }) {
            predecessors[$0]
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
