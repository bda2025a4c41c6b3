/// Folds the problems that follow from another one into a note on it, so the cause is what an
/// author reads: a misspelt `start` makes every node unreachable, and `"end": "true"` leaves the
/// nodes before it with no way to end, but each is one mistake.
///
/// A cause is a destination that is not a node (C011), a node whose `next`, `ask` or `end`
/// could not be read, or a node that leads nowhere (C017). A consequence is an unreachable node (C020), a node with no way to an end
/// (C021), or a node that "leads nowhere" (C017) only because its own transition was unreadable,
/// and it is folded when the cause's repair would clear it: a missing id replaced by its closest
/// node, an unreadable node assumed able to go anywhere and to end.
enum CascadeFolding {
    /// What one cause would change if it were fixed.
    private struct Cause {
        /// Where the cause's diagnostic stands.
        var diagnostic: Int
        /// Missing destination names and the node each most likely means.
        var repairs: [String: Int] = [:]
        /// Nodes whose transitions could not be read.
        var unreadable: Set<Int> = []
    }

    /// The diagnostics with consequences folded into their causes; unchanged when there is no cause.
    static func fold(_ diagnostics: [Diagnostic], script: DialogueScript, source: SourceText) -> [Diagnostic] {
        let hasCause = diagnostics.contains { $0.code == .unknownNode || isUnreadableTransition($0) || leadsNowhere($0) }
        guard hasCause else { return diagnostics }
        let context = ValidationContext(script: script, source: source)
        let graph = Graph(context)
        let causes = findCauses(diagnostics, context, graph)
        guard !causes.isEmpty else { return diagnostics }
        let all = causes.reduce(into: Cause(diagnostic: causes[0].diagnostic)) { merged, cause in
            merged.repairs.merge(cause.repairs) { first, _ in first }
            merged.unreadable.formUnion(cause.unreadable)
        }
        let together = graph.repaired(all)
        // NB: judged one cause at a time (few scripts have many), so each consequence is told
        // under the cause that explains it; what only all of them together explain goes first.
        let alone = causes.count <= 20 ? causes.map { graph.repaired($0) } : []
        var folded = diagnostics
        var consequences: [Int: (unreachable: [String], mayBeUnreachable: [String], deadEnds: [String])] = [:]
        var removed = Set<Int>()
        let causeIndices = Set(causes.map(\.diagnostic))
        for (index, diagnostic) in diagnostics.enumerated() where !causeIndices.contains(index) {
            guard let location = diagnostic.location, let node = graph.nodeAt[location] else { continue }
            switch diagnostic.code {
            case .unreachableNode:
                guard together.reached[node] || together.reachesUnreadable else { continue }
                let owner = alone.indices.first { alone[$0].reached[node] || alone[$0].reachesUnreadable }
                let cause = causes[owner ?? 0].diagnostic
                if together.reached[node] {
                    consequences[cause, default: ([], [], [])].unreachable.append(script.nodes[node].id)
                } else {
                    consequences[cause, default: ([], [], [])].mayBeUnreachable.append(script.nodes[node].id)
                }
            case .deadEnd:
                guard together.canEnd[node] else { continue }
                let owner = alone.indices.first { alone[$0].canEnd[node] }
                consequences[causes[owner ?? 0].diagnostic, default: ([], [], [])].deadEnds.append(script.nodes[node].id)
            case .invalidNodeShape where all.unreadable.contains(node) && leadsNowhere(diagnostic):
                // NB: folded without a note: its cause stands in the same node.
                break
            default:
                continue
            }
            removed.insert(index)
        }
        for (cause, found) in consequences {
            for (ids, what) in [
                (found.unreachable, "cannot be reached"), (found.mayBeUnreachable, "may not be reachable"),
                (found.deadEnds, "cannot reach an end"),
            ] where !ids.isEmpty {
                folded[cause].notes.append("until this is fixed, \(listed(ids, what))")
            }
        }
        return folded.indices.filter { !removed.contains($0) }.map { folded[$0] }
    }

    /// "node 'a' cannot be reached", "12 nodes cannot be reached: 'a', 'b', 'c', 'd', 'e' and 7 more".
    private static func listed(_ ids: [String], _ what: String) -> String {
        guard ids.count > 1 else { return "node '\(ids[0])' \(what)" }
        let shown = ids.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return "\(ids.count) nodes \(what): \(shown)\(ids.count > 5 ? " and \(ids.count - 5) more" : "")"
    }

    /// A node with nowhere to go: where the author meant it to go is unknown.
    private static func leadsNowhere(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.code == .invalidNodeShape && diagnostic.severity == .error && diagnostic.message.contains("leads nowhere")
    }

    /// An error in reading a node's `next`, `ask` or `end`: its transitions are unknown.
    private static func isUnreadableTransition(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == .error, [.invalidValue, .missingField, .unknownField].contains(diagnostic.code),
            let path = diagnostic.location?.path
        else { return false }
        return transitionField(in: path) != nil
    }

    /// `nodes[3]` for `nodes[3].ask.fallback.to`, `nodes[3].next`, `nodes[3].end`.
    private static func transitionField(in path: String) -> Substring? {
        guard path.hasPrefix("nodes["), let close = path.firstIndex(of: "]") else { return nil }
        let rest = path[path.index(after: close)...]
        guard [".next", ".ask", ".end"].contains(where: { rest.hasPrefix($0) }) else { return nil }
        return path[...close]
    }

    private static func findCauses(_ diagnostics: [Diagnostic], _ context: ValidationContext, _ graph: Graph) -> [Cause] {
        var missing: [String: [ScriptLocation]] = [:]
        context.forEachTarget { target in
            if context.nodeIndex[target.value] == nil {
                missing[target.value, default: []].append(context.location(of: target.path))
            }
        }
        let ids = context.script.nodes.map(\.id)
        let misread = Set(
            diagnostics.compactMap { diagnostic -> Int? in
                guard isUnreadableTransition(diagnostic), let path = diagnostic.location?.path,
                    let prefix = transitionField(in: path)
                else { return nil }
                return graph.nodeByPath[String(prefix)]
            })
        return diagnostics.indices.compactMap { index in
            let diagnostic = diagnostics[index]
            guard let location = diagnostic.location else { return nil }
            var cause = Cause(diagnostic: index)
            if diagnostic.code == .unknownNode {
                for (name, places) in missing where places.contains(location) || graph.nodeAt[location] != nil {
                    guard let meant = closestMatch(to: name, in: ids).flatMap({ context.nodeIndex[$0] }) else { continue }
                    // NB: a diagnostic at a node is the rename advice; it covers the names that node is meant by.
                    if graph.nodeAt[location] == nil || graph.nodeAt[location] == meant { cause.repairs[name] = meant }
                }
            } else if isUnreadableTransition(diagnostic), let prefix = transitionField(in: location.path),
                let node = graph.nodeByPath[String(prefix)]
            {
                cause.unreadable.insert(node)
            } else if leadsNowhere(diagnostic), let node = graph.nodeAt[location], !misread.contains(node) {
                // NB: only when nothing in the node failed to read; that error is the cause then.
                cause.unreadable.insert(node)
            }
            return cause.repairs.isEmpty && cause.unreadable.isEmpty ? nil : cause
        }
    }

    /// The script's nodes and transitions, by index, and how they would look repaired.
    private struct Graph {
        let context: ValidationContext
        /// Each node by the place of its object, where its C020, C021 and C017 stand.
        let nodeAt: [ScriptLocation: Int]
        let nodeByPath: [String: Int]

        init(_ context: ValidationContext) {
            self.context = context
            var nodeAt: [ScriptLocation: Int] = [:]
            var nodeByPath: [String: Int] = [:]
            for (index, node) in context.script.nodes.enumerated() {
                nodeAt[context.location(of: node.path)] = index
                nodeByPath[node.path.components] = index
            }
            self.nodeAt = nodeAt
            self.nodeByPath = nodeByPath
        }

        struct Outcome {
            var reached: [Bool]
            /// Whether a node whose transitions are unknown is reached: then any node may be.
            var reachesUnreadable: Bool
            var canEnd: [Bool]
        }

        func repaired(_ cause: Cause) -> Outcome {
            let script = context.script
            func index(_ name: String) -> Int? { context.nodeIndex[name] ?? cause.repairs[name] }
            let successors = ValidationContext.successors(in: script, index: index)
            let reached = ValidationContext.walk(count: script.nodes.count, from: index(script.start.value).map { [$0] } ?? []) {
                successors[$0]
            }
            let predecessors = ValidationContext.predecessors(of: successors)
            let ends = script.nodes.indices.filter { script.nodes[$0].isEnd || cause.unreadable.contains($0) }
            let canEnd = ValidationContext.walk(count: script.nodes.count, from: ends) { predecessors[$0] }
            return Outcome(
                reached: reached, reachesUnreadable: cause.unreadable.contains { reached[$0] }, canEnd: canEnd)
        }
    }
}
