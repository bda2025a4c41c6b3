/// A script that passed every check, with its classifier compiled: the only thing an `Engine`
/// can be built from.
public struct ValidatedScript: Sendable {
    public let script: DialogueScript
    public let classifier: IntentClassifier
    /// Problems that do not stop the script from running.
    public let warnings: [Diagnostic]
    private let nodeIndex: [String: Int]
    private let scopes: [String: IntentClassifier.Scope]
    /// Each open question's acknowledgement rules' intents, one scope per rule (nil for the rule
    /// without an intent), by node id.
    private let acknowledgementScopes: [String: [IntentClassifier.Scope?]]
    /// Each open question's acknowledgement intents together, for finding the first clause any
    /// rule hears (`ClauseReading.first`), by node id.
    private let everyAcknowledgementScope: [String: IntentClassifier.Scope]

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
        acknowledgementScopes = ValidatedScript.acknowledgementScopes(of: script)
        everyAcknowledgementScope = acknowledgementScopes.mapValues { rules in
            IntentClassifier.Scope(local: rules.flatMap { $0?.local ?? [] }, global: [])
        }
    }

    /// The intents each node listens for, by node id.
    static func scopes(of script: DialogueScript) -> [String: IntentClassifier.Scope] {
        let intentNumbers = intentNumbers(of: script)
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

    /// One intent per scope, and no learned model: each rule is tried alone, in order, by its
    /// intent's keywords and phrases, so no other rule's longer match can take its words.
    static func acknowledgementScopes(of script: DialogueScript) -> [String: [IntentClassifier.Scope?]] {
        let intentNumbers = intentNumbers(of: script)
        var scopes: [String: [IntentClassifier.Scope?]] = [:]
        for node in script.nodes {
            guard let rules = node.ask?.acknowledge, !rules.isEmpty else { continue }
            scopes[node.id] = rules.map { rule in
                rule.intent.flatMap { intentNumbers[$0.value] }.map { IntentClassifier.Scope(local: [$0], global: []) }
            }
        }
        return scopes
    }

    /// Each intent's number in the classifier: its place among the declared intents (the first,
    /// if a name is declared twice, which validation reports).
    private static func intentNumbers(of script: DialogueScript) -> [String: Int32] {
        var numbers: [String: Int32] = [:]
        for (index, intent) in script.intents.enumerated() where numbers[intent.name] == nil {
            numbers[intent.name] = Int32(index)
        }
        return numbers
    }

    /// The scope of each of an open question's acknowledgement rules, in order (nil for the rule
    /// without an intent); empty when the node has none.
    public func acknowledgementScopes(at nodeID: String) -> [IntentClassifier.Scope?] { acknowledgementScopes[nodeID] ?? [] }

    /// Every acknowledgement intent of an open question in one scope; nil when it has none.
    public func everyAcknowledgementScope(at nodeID: String) -> IntentClassifier.Scope? { everyAcknowledgementScope[nodeID] }

    public func node(_ id: String) -> Node? {
        nodeIndex[id].map { script.nodes[$0] }
    }

    /// The intents a node listens for: its own routes and the global ones.
    public func scope(at nodeID: String) -> IntentClassifier.Scope? { scopes[nodeID] }
}
