/// Following `next` from statement to statement always reaches a question or an end.
///
/// Lint: if statements lead round in a circle, the coach would talk forever; an error is raised
/// at the first node of the circle.
enum StatementsMustNotLoop: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let nodes = context.script.nodes
        var state = [UInt8](repeating: 0, count: nodes.count)  // 0 new, 1 on the path, 2 done
        var diagnostics: [Diagnostic] = []
        func visit(_ index: Int, path: [String]) {
            state[index] = 1
            let node = nodes[index]
            if node.ask == nil {
                for branch in node.next {
                    guard let next = context.nodeIndex[branch.target.value] else { continue }
                    if state[next] == 1 {
                        let circle = (path + [node.id, nodes[next].id]).drop { $0 != nodes[next].id }
                        diagnostics.append(
                            context.diagnostic(
                                .statementCycle,
                                "statements lead round in a circle with no question: \(circle.joined(separator: " -> "))",
                                at: branch.target.path))
                    } else if state[next] == 0 {
                        visit(next, path: path + [node.id])
                    }
                }
            }
            state[index] = 2
        }
        for index in nodes.indices where state[index] == 0 { visit(index, path: []) }
        return diagnostics
    }
}
