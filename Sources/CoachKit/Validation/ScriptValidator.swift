/// Checks a decoded script with every rule and compiles its patterns. Only a script without
/// errors becomes a `ValidatedScript`; warnings travel with it.
public enum ScriptValidator {
    /// Every rule, in the order their findings are reported.
    public static let rules: [any ValidationRule.Type] = [
        NodesMustHaveUniqueIDs.self,
        TransitionsMustTargetExistingNodes.self,
        RoutesMustNameDeclaredIntents.self,
        ConditionsMustBeAbleToHold.self,
        TemplatesMustNameSavedAnswers.self,
        StatementsMustNotLoop.self,
        NodesShouldBeReachable.self,
        NodesMustLeadToAnEnd.self,
        QuestionsShouldHaveAFallback.self,
        DeclarationsShouldBeUsed.self,
    ]

    /// - Returns: the runnable script, or every diagnostic (errors and warnings) when any is an error.
    public static func validate(_ script: DialogueScript, source: SourceText) -> Result<ValidatedScript, ScriptLoadError> {
        let context = ValidationContext(script: script, source: source)
        var diagnostics = rules.flatMap { $0.check(context) }
        let stemmer: Stemmer
        do {
            stemmer = try Stemmer(language: script.language.value)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .invalidValue,
                    "no stemmer for language '\(script.language.value)'; choose one of \(error.supported.joined(separator: ", "))",
                    at: context.location(of: script.language.path)))
            return .failure(.invalidScript(sorted(diagnostics)))
        }
        let (classifier, problems) = compileClassifier(script, stemmer: stemmer)
        diagnostics += problems.map { diagnostic(for: $0, in: context) }
        diagnostics = sorted(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failure(.invalidScript(diagnostics))
        }
        return .success(
            ValidatedScript(script: script, classifier: classifier, warnings: diagnostics, nodeIndex: context.nodeIndex))
    }

    static func compileClassifier(_ script: DialogueScript, stemmer: Stemmer) -> (IntentClassifier, [PatternProblem]) {
        let labels = script.intents.map { intent in
            (intent.keywords + intent.phrases).map { PatternCompiler.TermInput(text: $0.text, weight: $0.weight) }
        }
        let (patterns, problems) = PatternCompiler.compile(
            concepts: script.concepts.map { ($0.name, $0.members.map(\.value)) }, labels: labels, stemmer: stemmer)
        let classifier = IntentClassifier(
            patterns: patterns, intentNames: script.intents.map(\.name), settings: script.classifier)
        return (classifier, problems)
    }

    private static func diagnostic(for problem: PatternProblem, in context: ValidationContext) -> Diagnostic {
        let script = context.script
        let path: JSONPath
        switch problem.owner {
        case .term(let label, let term):
            let intent = script.intents[label]
            path = (intent.keywords + intent.phrases)[term].path
        case .conceptMember(let concept, let member):
            path = script.concepts.first { $0.name == concept }?.members[member].path ?? JSONPath()
        case .concept(let concept):
            path = script.concepts.first { $0.name == concept }?.path ?? JSONPath()
        }
        let code: DiagnosticCode =
            switch problem.kind {
            case .unknownConcept: .unknownConcept
            case .conceptCycle: .conceptCycle
            default: .invalidPattern
            }
        return context.diagnostic(code, problem.message, at: path)
    }

    /// File order: by line, then column, so output reads top to bottom.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let l = left.element.location, r = right.element.location
            if l?.line != r?.line { return (l?.line ?? 0) < (r?.line ?? 0) }
            if l?.column != r?.column { return (l?.column ?? 0) < (r?.column ?? 0) }
            return left.offset < right.offset
        }.map(\.element)
    }
}
