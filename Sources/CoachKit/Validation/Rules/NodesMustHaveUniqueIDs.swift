/// Node ids, intent names and concept names are each unique.
///
/// Lint: if two nodes (or intents, or concepts) share a name, an error is raised at the second,
/// naming the line of the first.
enum NodesMustHaveUniqueIDs: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func checkUnique(_ kind: String, _ entries: [(name: String, path: JSONPath)]) {
            var first: [String: JSONPath] = [:]
            for entry in entries {
                guard let earlier = first[entry.name] else {
                    first[entry.name] = entry.path
                    continue
                }
                let line = context.location(of: earlier).line
                diagnostics.append(
                    context.diagnostic(
                        .duplicateName, "duplicate \(kind) '\(entry.name)'; the first is on line \(line)", at: entry.path))
            }
        }
        checkUnique("node id", context.script.nodes.map { ($0.id, $0.path) })
        checkUnique("intent", context.script.intents.map { ($0.name, $0.path) })
        checkUnique("concept", context.script.concepts.map { ($0.name, $0.path) })
        return diagnostics
    }
}
