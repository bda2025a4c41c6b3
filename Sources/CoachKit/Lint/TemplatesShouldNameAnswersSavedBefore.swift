/// A template names, without a default, only answers saved on every way to its message.
///
/// Lint: if some conversation can reach a message before the answer it names is saved, a
/// warning is raised at the message: the person would see nothing where the answer should be
/// ("Let's get you ready, . We'll…"). A default (`{{raw.name|you}}`) says the author saw it.
enum TemplatesShouldNameAnswersSavedBefore: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        let nodes = context.script.nodes
        var named: [String: [(node: Int, message: Located<String>, afterSaving: Bool)]] = [:]
        for (index, node) in nodes.enumerated() {
            var before = node.say.map(\.text)
            var after: [Located<String>] = []
            if let ask = node.ask {
                before += ask.reask + ask.explain + (ask.clarify.map { [$0] } ?? [])
                after += ask.acknowledge.flatMap { $0.variants + ($0.remember.map { [$0.line] } ?? []) }
            }
            for (messages, afterSaving) in [(before, false), (after, true)] {
                for message in messages where message.value.utf8.contains(UInt8(ascii: "{")) {
                    for name in Set(Template.answersWithoutDefault(in: message.value)) where context.savers[name] != nil {
                        named[name, default: []].append((index, message, afterSaving))
                    }
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for (name, uses) in named.sorted(by: { $0.key < $1.key }) {
            let unsaved = reachedUnsaved(name, context)
            for use in uses where unsaved[use.node] {
                let node = nodes[use.node]
                if use.afterSaving, node.ask?.save?.value == name { continue }
                let savers = (context.savers[name] ?? []).map { "'\($0.id)'" }.joined(separator: ", ")
                diagnostics.append(
                    context.diagnostic(
                        .answerMaybeUnsaved,
                        "a conversation can reach node '\(node.id)' before '\(name)' is saved (by \(savers)), and the message would show nothing in its place; give it a default, as in {{raw.\(name)|…}}, or say it after the answer is saved",
                        at: use.message.path))
            }
        }
        return ScriptValidator.sorted(diagnostics)
    }

    /// For each node, whether a conversation can arrive there with `name` not yet saved.
    // NB: answering a saver's question saves the answer whichever way it goes (a route, the
    // fallback, `next`); only leaving it by a global route ("I have to go") saves nothing.
    static func reachedUnsaved(_ name: String, _ context: ValidationContext) -> [Bool] {
        let nodes = context.script.nodes
        let savers = Set((context.savers[name] ?? []).compactMap { context.nodeIndex[$0.id] })
        let global = context.script.globalRoutes.compactMap { context.nodeIndex[$0.target.value] }
        return ValidationContext.walk(count: nodes.count, from: context.nodeIndex[context.script.start.value].map { [$0] } ?? [])
        {
            savers.contains($0) ? (nodes[$0].ask == nil ? [] : global) : context.successorIndices[$0]
        }
    }
}
