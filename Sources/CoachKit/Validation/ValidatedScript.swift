/// A script that passed every check, with its classifier compiled: the only thing an `Engine`
/// can be built from.
public struct ValidatedScript: Sendable {
    public let script: DialogueScript
    public let classifier: IntentClassifier
    /// Problems that do not stop the script from running.
    public let warnings: [Diagnostic]
    private let nodeIndex: [String: Int]
    private let scopes: [String: IntentClassifier.Scope]

    /// - Parameters:
    ///   - scopes: each node's scope, from `scopes(of:)`.
    ///   - nodeIndex: each node id's position, as validation already computed it.
    init(
        script: DialogueScript, classifier: IntentClassifier, scopes: [String: IntentClassifier.Scope],
        warnings: [Diagnostic], nodeIndex: [String: Int]
    ) {
        self.script = script
        self.classifier = classifier
        self.warnings = warnings
        self.nodeIndex = nodeIndex
        self.scopes = scopes
    }

    /// The intents each node listens for, by node id.
    static func scopes(of script: DialogueScript) -> [String: IntentClassifier.Scope] {
        var intentNumbers: [String: Int32] = [:]
        for (index, intent) in script.intents.enumerated() where intentNumbers[intent.name] == nil {
            intentNumbers[intent.name] = Int32(index)
        }
        let global = script.globalRoutes.compactMap { intentNumbers[$0.intent.value] }
        let globalSet = LabelSet(global)
        var scopes: [String: IntentClassifier.Scope] = [:]
        scopes.reserveCapacity(script.nodes.count)
        for node in script.nodes {
            let local = (node.ask?.routes ?? []).compactMap { intentNumbers[$0.intent.value] }
            scopes[node.id] = IntentClassifier.Scope(local: local, global: global, globalSet: globalSet, node: node.id)
        }
        return scopes
    }

    public func node(_ id: String) -> Node? {
        nodeIndex[id].map { script.nodes[$0] }
    }

    /// The intents a node listens for: its own routes and the global ones.
    public func scope(at nodeID: String) -> IntentClassifier.Scope? { scopes[nodeID] }
}
