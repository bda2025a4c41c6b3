/// At any one question, a keyword or phrase (after stemming) belongs to one intent only.
///
/// Lint: if two intents in scope at a node share a term, a warning is raised at the second:
/// the reply's words go to the intent declared first, so the other's term is dead there.
enum KeywordsShouldBelongToOneIntentPerNode: CompiledScriptRule {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic] {
        let patterns = script.classifier.patterns.patterns
        var byElements: [[PatternElement]: [CompiledPattern]] = [:]
        for pattern in patterns { byElements[pattern.elements, default: []].append(pattern) }
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for node in script.script.nodes {
            guard let scope = script.scope(at: node.id) else { continue }
            let inScope = Set(scope.local + scope.global)
            for shared in byElements.values where shared.count > 1 {
                let owners = shared.filter { inScope.contains($0.label) }
                guard let first = owners.first else { continue }
                for other in owners.dropFirst() where other.label != first.label {
                    let intent = script.script.intents[Int(other.label)]
                    let key = "\(other.label)/\(other.termIndex)"
                    guard reported.insert(key).inserted else { continue }
                    let term = (intent.keywords + intent.phrases)[Int(other.termIndex)]
                    let owner = script.classifier.intentNames[Int(first.label)]
                    diagnostics.append(
                        context.diagnostic(
                            .sharedKeyword,
                            "'\(other.text)' of intent '\(intent.name)' is also a term of '\(owner)' at node '\(node.id)'; replies with it go to '\(owner)'",
                            at: term.path))
                }
            }
        }
        return diagnostics
    }
}
