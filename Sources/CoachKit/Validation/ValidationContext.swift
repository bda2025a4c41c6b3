/// What every validation rule reads: the decoded script, lookups by name, and a way to turn a
/// JSON path into a file location.
public struct ValidationContext: Sendable {
    public let script: DialogueScript
    public let source: SourceText
    public let nodeIndex: [String: Int]
    public let intentNames: Set<String>
    /// The nodes that save each answer name.
    public let savers: [String: [Node]]
    /// For each node (by index), the indices of the nodes it can move to directly; names that
    /// are not nodes are left out (another rule reports them).
    public let successorIndices: [[Int]]

    public init(script: DialogueScript, source: SourceText) {
        self.script = script
        self.source = source
        var nodeIndex: [String: Int] = [:]
        for (index, node) in script.nodes.enumerated() where nodeIndex[node.id] == nil { nodeIndex[node.id] = index }
        self.nodeIndex = nodeIndex
        intentNames = Set(script.intents.map(\.name))
        var savers: [String: [Node]] = [:]
        for node in script.nodes {
            if let name = node.ask?.save?.value { savers[name, default: []].append(node) }
        }
        self.savers = savers
        successorIndices = Self.successors(in: script) { nodeIndex[$0] }
    }

    /// For each node (by index), the nodes it can move to directly, each destination named by
    /// `index`: the node index a name stands for, or nil to leave it out.
    static func successors(in script: DialogueScript, index: (String) -> Int?) -> [[Int]] {
        let globalTargets = script.globalRoutes.compactMap { index($0.target.value) }
        return script.nodes.map { node in
            var next = node.next.compactMap { index($0.target.value) }
            if let ask = node.ask {
                next += ask.routes.compactMap { index($0.target.value) }
                if let fallback = ask.fallbackTarget, let target = index(fallback.value) { next.append(target) }
                next += globalTargets
            }
            return next
        }
    }

    /// For each of `count` nodes, whether a walk from `starts` that follows `next` reaches it.
    static func walk(count: Int, from starts: [Int], next: (Int) -> [Int]) -> [Bool] {
        var reached = [Bool](repeating: false, count: count)
        var queue = starts
        while let index = queue.popLast() {
            guard !reached[index] else { continue }
            reached[index] = true
            queue += next(index)
        }
        return reached
    }

    /// For each node, the nodes that can move to it directly.
    static func predecessors(of successors: [[Int]]) -> [[Int]] {
        var predecessors = [[Int]](repeating: [], count: successors.count)
        for (index, next) in successors.enumerated() { for target in next { predecessors[target].append(index) } }
        return predecessors
    }

    public func location(of path: JSONPath) -> ScriptLocation {
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        return ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
    }

    public func diagnostic(
        _ code: DiagnosticCode, _ message: String, at path: JSONPath, severity: Diagnostic.Severity? = nil,
        notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(code, message, at: location(of: path), severity: severity, notes: notes)
    }

    /// Calls `body` with every place a node id is named as a destination, with its path.
    // NB: visited in place rather than collected: a 10,000-node script names some 40,000.
    public func forEachTarget(_ body: (Located<String>) -> Void) {
        body(script.start)
        for route in script.globalRoutes { body(route.target) }
        for node in script.nodes {
            for branch in node.next { body(branch.target) }
            guard let ask = node.ask else { continue }
            for route in ask.routes { body(route.target) }
            if let fallback = ask.fallbackTarget { body(fallback) }
        }
    }

}

/// A check on a decoded script. Each rule lives in its own file under `Rules/`, named as the
/// requirement it enforces, and is registered in `ScriptValidator.rules`.
// NB: SendableMetatype, so the list of rules can be read from the threads that run them.
public protocol ValidationRule: SendableMetatype {
    static func check(_ context: ValidationContext) -> [Diagnostic]
}
