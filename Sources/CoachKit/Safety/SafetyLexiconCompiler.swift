/// Compiles a `SafetyLexicon` with the script pattern compiler, turning every pattern problem
/// into a diagnostic at its place in the lexicon file, with the codes a script's problems get.
enum SafetyLexiconCompiler {
    struct Compiled {
        var patterns: PatternSet
        var roles: [SafetyLabelRole]
        var groups: [[[Int32]]]
    }

    static func compile(_ lexicon: SafetyLexicon, source: SourceText) -> Result<Compiled, SafetyDataError> {
        let stemmer: Stemmer
        do {
            stemmer = try Stemmer(language: "english")
        } catch {
            return .failure(
                SafetyDataError(diagnostics: [
                    Diagnostic(
                        .invalidValue, "libstemmer has no English stemmer, which the safety lexicon is written for", at: nil)
                ]))
        }
        var labels: [[Located<String>]] = []
        var roles: [SafetyLabelRole] = []
        var groups: [[[Int32]]] = []
        for (index, signal) in lexicon.signals.enumerated() {
            labels.append(signal.phrases)
            roles.append(.signal(index))
            var signalGroups: [[Int32]] = []
            for (groupIndex, group) in signal.together.enumerated() {
                var parts: [Int32] = []
                for (partIndex, part) in group.enumerated() {
                    parts.append(Int32(labels.count))
                    labels.append(part)
                    roles.append(.part(signal: index, group: groupIndex, part: partIndex))
                }
                signalGroups.append(parts)
            }
            groups.append(signalGroups)
        }
        for phrase in lexicon.figurative {
            labels.append([phrase])
            roles.append(.figurative)
        }
        for phrase in lexicon.figurativeWhenNegated {
            labels.append([phrase])
            roles.append(.figurativeWhenNegated)
        }
        if !lexicon.knownWords.isEmpty {
            labels.append(lexicon.knownWords)
            roles.append(.known)
        }
        let context = lexicon.context
        for (kind, phrases) in [
            (SafetyContextKind.resolved, context.resolved), (.current, context.current), (.denial, context.denial),
            (.fiction, context.fiction),
        ] where !phrases.isEmpty {
            labels.append(phrases)
            roles.append(.context(kind))
        }
        let (patterns, problems) = PatternCompiler.compile(
            concepts: lexicon.concepts.map { ($0.name, $0.members.map(\.value)) },
            labels: labels.map { $0.map { PatternCompiler.TermInput(text: $0.value) } }, stemmer: stemmer)
        let diagnostics = problems.map { problem in
            problem.diagnostic(at: path(of: problem.owner, labels: labels, concepts: lexicon.concepts), in: source)
        }
        guard diagnostics.isEmpty else { return .failure(SafetyDataError(diagnostics: diagnostics)) }
        return .success(Compiled(patterns: patterns, roles: roles, groups: groups))
    }

    private static func path(of owner: PatternProblem.Owner, labels: [[Located<String>]], concepts: [Concept]) -> JSONPath {
        switch owner {
        case .term(let label, let term): labels[label][term].path
        case .conceptMember(let concept, let member): concepts.first { $0.name == concept }?.members[member].path ?? JSONPath()
        case .concept(let concept): concepts.first { $0.name == concept }?.path ?? JSONPath()
        }
    }
}
