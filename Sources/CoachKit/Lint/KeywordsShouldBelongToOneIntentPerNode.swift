/// At any one question, a keyword or phrase (after stemming) belongs to one intent only.
///
/// Lint: if two intents in scope at a node share a term, a warning is raised at the second:
/// the reply's words go to the intent declared first, so the other's term is dead there. A word
/// claimed through a concept counts too ("stressed" in both `~nervous` and `~frustrated`).
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
        return diagnostics + sharedThroughConcepts(script, context, reported: &reported)
    }

    /// One-word terms and concept keywords of different intents in scope at a node that can
    /// match the same word, where at least one reaches it through a concept (two plain terms are
    /// found above).
    private static func sharedThroughConcepts(
        _ script: ValidatedScript, _ context: ValidationContext, reported: inout Set<String>
    ) -> [Diagnostic] {
        let set = script.classifier.patterns
        // Each one-element term: the words it matches alone, and whether through a concept.
        var words: [(pattern: CompiledPattern, words: Set<Int32>, concept: String?)] = []
        for pattern in set.patterns where pattern.elements.count == 1 {
            switch pattern.elements[0] {
            case .word(let id): words.append((pattern, [id], nil))
            case .concept(let id):
                words.append((pattern, set.singleWords(ofConcept: id), set.conceptNames[Int(id)]))
            default: continue
            }
        }
        guard words.contains(where: { $0.concept != nil }) else { return [] }
        var diagnostics: [Diagnostic] = []
        for node in script.script.nodes {
            guard let scope = script.scope(at: node.id) else { continue }
            let inScope = Set(scope.local + scope.global)
            var owner: [Int32: (pattern: CompiledPattern, concept: String?)] = [:]
            for (pattern, matched, concept) in words where inScope.contains(pattern.label) {
                for word in matched.sorted() {
                    guard let first = owner[word] else {
                        owner[word] = (pattern, concept)
                        continue
                    }
                    guard first.pattern.label != pattern.label, first.concept != nil || concept != nil else { continue }
                    guard reported.insert("\(pattern.label)/\(pattern.termIndex)").inserted else { continue }
                    let intent = script.script.intents[Int(pattern.label)]
                    let winner = script.classifier.intentNames[Int(first.pattern.label)]
                    let stem = set.vocabulary.stem(of: word)
                    diagnostics.append(
                        context.diagnostic(
                            .sharedKeyword,
                            "'\(pattern.text)' of intent '\(intent.name)' and '\(first.pattern.text)' of '\(winner)' both match the stem '\(stem)' at node '\(node.id)'; replies with it go to '\(winner)'",
                            at: (intent.keywords + intent.phrases)[Int(pattern.termIndex)].path))
                }
            }
        }
        return diagnostics
    }
}
