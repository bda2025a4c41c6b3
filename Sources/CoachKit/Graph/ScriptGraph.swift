/// A script as a graph: nodes by kind, edges labelled by what moves the conversation along them.
/// Global routes and the safety layer, which apply at every question, are shown once each.
public struct ScriptGraph: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case statement, question, openQuestion = "open question", end
    }

    public struct Vertex: Sendable, Equatable {
        public var id: String
        public var kind: Kind
        /// False for a node no conversation can reach from the start.
        public var isReachable: Bool
        /// Nil when no coverage was given; else whether some transcript reached the node.
        public var isCovered: Bool?
    }

    public enum EdgeKind: String, Sendable, Equatable {
        /// A statement's or open question's `next`.
        case next
        /// A route, labelled with its intent.
        case route
        /// Where replies that match nothing end up.
        case fallback
    }

    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var kind: EdgeKind
        public var label: String?
        /// Nil when no coverage was given; else whether some transcript took the edge.
        public var isCovered: Bool?
    }

    public var title: String
    public var start: String
    public var vertices: [Vertex]
    public var edges: [Edge]
    /// Global routes: intent and target, active at every question.
    public var globalRoutes: [(intent: String, to: String)]

    /// - Parameter coverage: what some transcripts reached, to mark the rest; nil for none.
    ///   Each edge is judged as itself: a route by its intent, a fallback by a miss, so two
    ///   edges between the same nodes can differ.
    public init(_ script: ValidatedScript, coverage: ScriptCoverage? = nil) {
        let reachedNodes = coverage?.reachedNodes
        let context = ValidationContext(script: script.script, source: SourceText(fileName: "", bytes: []))
        let reachable = NodesShouldBeReachable.reachable(context)
        title = script.script.title
        start = script.script.start.value
        vertices = script.script.nodes.map { node in
            let kind: Kind = node.isEnd ? .end : node.ask.map { $0.routes.isEmpty ? .openQuestion : .question } ?? .statement
            return Vertex(
                id: node.id, kind: kind, isReachable: reachable.contains(node.id),
                isCovered: reachedNodes.map { $0.contains(node.id) })
        }
        var edges: [Edge] = []
        func covered(_ from: String, _ to: String) -> Bool? { coverage.map { $0.takenEdges.contains("\(from)->\(to)") } }
        for node in script.script.nodes {
            for branch in node.next {
                let label = branch.condition.map(ScriptGraph.describe)
                edges.append(
                    Edge(
                        from: node.id, to: branch.target.value, kind: .next, label: label,
                        isCovered: covered(node.id, branch.target.value)))
            }
            guard let ask = node.ask else { continue }
            for route in ask.routes {
                let label = route.intent.value + (route.condition.map { " if " + ScriptGraph.describe($0) } ?? "")
                edges.append(
                    Edge(
                        from: node.id, to: route.target.value, kind: .route, label: label,
                        isCovered: coverage.map {
                            $0.takenRoutes.contains("\(node.id)->\(route.intent.value)")
                                && $0.takenEdges.contains("\(node.id)->\(route.target.value)")
                        }))
            }
            if let target = ask.fallbackTarget {
                edges.append(
                    Edge(
                        from: node.id, to: target.value, kind: .fallback, label: "no match \u{00D7}\(ask.fallbackAfter)",
                        isCovered: coverage.map { $0.takenFallbacks.contains(node.id) }))
            }
        }
        self.edges = edges
        globalRoutes = script.script.globalRoutes.map { ($0.intent.value, $0.target.value) }
    }

    static func describe(_ condition: Condition) -> String {
        guard let intent = condition.intent else { return "\(condition.answer.value) saved" }
        return "\(condition.answer.value) \(condition.isNegated ? "!=" : "=") \(intent.value)"
    }

    public static func == (left: ScriptGraph, right: ScriptGraph) -> Bool {
        left.title == right.title && left.vertices == right.vertices && left.edges == right.edges
            && left.globalRoutes.map { "\($0.intent)>\($0.to)" } == right.globalRoutes.map { "\($0.intent)>\($0.to)" }
    }
}
