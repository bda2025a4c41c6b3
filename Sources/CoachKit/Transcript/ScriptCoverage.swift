/// Which nodes and routes of a script a set of replays reached.
public struct ScriptCoverage: Sendable {
    public let script: ValidatedScript
    public private(set) var reachedNodes: Set<String> = []
    public private(set) var takenRoutes: Set<String> = []
    public private(set) var takenEdges: Set<String> = []
    public private(set) var takenFallbacks: Set<String> = []

    public init(script: ValidatedScript) { self.script = script }

    public mutating func add(_ result: ReplayResult) {
        reachedNodes.formUnion(result.reachedNodes)
        takenRoutes.formUnion(result.takenRoutes)
        takenEdges.formUnion(result.takenEdges)
        takenFallbacks.formUnion(result.takenFallbacks)
    }

    /// Every node id, in script order.
    public var allNodes: [String] { script.script.nodes.map(\.id) }

    /// Every route as "node->intent", in script order.
    public var allRoutes: [String] {
        script.script.nodes.flatMap { node in (node.ask?.routes ?? []).map { "\(node.id)->\($0.intent.value)" } }
    }

    public var missedNodes: [String] { allNodes.filter { !reachedNodes.contains($0) } }
    public var missedRoutes: [String] { allRoutes.filter { !takenRoutes.contains($0) } }

    /// "nodes 36/36 (100%), routes 40/40 (100%)", then what was missed.
    public var report: String {
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "100%" : "\(Int((Double(part) / Double(whole) * 100).rounded(.down)))%"
        }
        let nodes = allNodes.count - missedNodes.count, routes = allRoutes.count - missedRoutes.count
        var lines = [
            "\(script.script.id): nodes \(nodes)/\(allNodes.count) (\(percent(nodes, allNodes.count))), routes \(routes)/\(allRoutes.count) (\(percent(routes, allRoutes.count)))"
        ]
        if !missedNodes.isEmpty { lines.append("  nodes never reached: \(missedNodes.joined(separator: ", "))") }
        if !missedRoutes.isEmpty { lines.append("  routes never taken: \(missedRoutes.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}
