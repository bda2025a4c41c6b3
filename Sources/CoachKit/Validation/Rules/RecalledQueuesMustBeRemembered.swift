/// Every queue an acknowledgement recalls is one that some acknowledgement remembers into, and
/// the other way round.
///
/// Lint: an error at a `recall` of a queue nothing remembers (it could never say a remembered
/// line; usually a misspelt name), and a warning at a `remember` into a queue nothing recalls
/// (its lines are kept and never said).
enum RecalledQueuesMustBeRemembered: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var remembered: [String: JSONPath] = [:]
        var recalled: [String: JSONPath] = [:]
        for node in context.script.nodes {
            for rule in node.ask?.acknowledge ?? [] {
                if let queue = rule.remember?.queue, remembered[queue.value] == nil { remembered[queue.value] = queue.path }
                if let queue = rule.recall, recalled[queue.value] == nil { recalled[queue.value] = queue.path }
            }
        }
        var diagnostics: [Diagnostic] = []
        for (queue, path) in recalled where remembered[queue] == nil {
            let suggestion = closestMatch(to: queue, in: remembered.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.append(
                context.diagnostic(
                    .unpairedMemory,
                    "no acknowledgement remembers into '\(queue)', so this recall never says a remembered line\(suggestion)",
                    at: path))
        }
        for (queue, path) in remembered where recalled[queue] == nil {
            diagnostics.append(
                Diagnostic(
                    .unpairedMemory,
                    "nothing recalls '\(queue)', so the lines remembered into it are never said; add \"recall\": \"\(queue)\" to a later acknowledgement",
                    at: context.location(of: path), severity: .warning))
        }
        return diagnostics
    }
}
