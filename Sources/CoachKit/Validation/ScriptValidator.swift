import Dispatch
import Synchronization

/// Checks a decoded script with every rule and compiles its patterns. Only a script without
/// errors becomes a `ValidatedScript`; warnings travel with it.
public enum ScriptValidator {
    /// Every rule, in the order their findings are reported.
    public static let rules: [any ValidationRule.Type] = [
        NodesMustHaveUniqueIDs.self,
        TransitionsMustTargetExistingNodes.self,
        RoutesMustNameDeclaredIntents.self,
        RoutesShouldNotBeShadowed.self,
        IntentsShouldHaveTerms.self,
        QuestionsShouldNotHaveNextBesideRoutes.self,
        AcknowledgementsMustFitTheirQuestion.self,
        RecalledQueuesMustBeRemembered.self,
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
        let stemmer = Result { () throws(Stemmer.UnsupportedLanguage) in try Stemmer(language: script.language.value) }
        var (diagnostics, nodeIndex) = check(script, source: source)
        let compiled = try? stemmer.map { compile(script, stemmer: $0) }.get()
        guard let result = compiled else {
            if case .failure(let error) = stemmer {
                diagnostics.append(
                    Diagnostic(
                        .invalidValue,
                        "no stemmer for language '\(script.language.value)'; choose one of \(error.supported.joined(separator: ", "))",
                        at: location(of: script.language.path, in: source)))
            }
            return .failure(.invalidScript(sorted(diagnostics)))
        }
        diagnostics += result.problems.map { diagnostic(for: $0, in: script, source: source) }
        diagnostics = sorted(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failure(.invalidScript(diagnostics))
        }
        return .success(
            ValidatedScript(
                script: script, classifier: result.classifier, scopes: result.scopes, warnings: diagnostics,
                nodeIndex: nodeIndex))
    }

    /// What compiling a script gives: its classifier, each node's scope, and any pattern problems.
    private struct Compiled: Sendable {
        var classifier: IntentClassifier
        var scopes: [String: IntentClassifier.Scope]
        var problems: [PatternProblem]
    }

    private static func compile(_ script: DialogueScript, stemmer: Stemmer) -> Compiled {
        var (classifier, problems) = compileClassifier(script, stemmer: stemmer)
        let scopes = ValidatedScript.scopes(of: script)
        // NB: training takes longer than everything else before the first prompt, and nothing
        // needs the weights before the first reply, so they train on another core meanwhile.
        if problems.isEmpty, hasExamples(script) {
            let untrained = classifier
            classifier.training = BackgroundWork { train(script, classifier: untrained, stemmer: stemmer) }
        }
        return Compiled(classifier: classifier, scopes: scopes, problems: problems)
    }

    /// Learns the keyword weights of the script's examples, reading each example exactly as
    /// the classifier will read replies.
    static func train(_ script: DialogueScript, classifier: IntentClassifier, stemmer: Stemmer) -> LearnedWeights? {
        guard hasExamples(script) else { return nil }
        var intentNumbers: [String: Int32] = [:]
        for (index, intent) in script.intents.enumerated() where intentNumbers[intent.name] == nil {
            intentNumbers[intent.name] = Int32(index)
        }
        let features = ReplyFeatures(
            concepts: script.concepts.map { ($0.name, $0.members.map(\.value)) }, stemmer: classifier.patterns.stemmer)
        return LearnedWeights.train(
            script: script, intentNumbers: intentNumbers, features: features,
            textFeatures: {
                features.features(
                    of: classifier.patterns.analyze(
                        classifier.substituting(TextNormalizer.words(in: $0)), doubleNegation: .cancels
                    ).tokens)
            })
    }

    private static func hasExamples(_ script: DialogueScript) -> Bool {
        script.intents.contains { !$0.examples.isEmpty }
            || script.nodes.contains { ($0.ask?.routes ?? []).contains { !$0.examples.isEmpty } }
    }

    static func compileClassifier(_ script: DialogueScript, stemmer: Stemmer) -> (IntentClassifier, [PatternProblem]) {
        let labels = script.intents.map { intent in
            (intent.keywords + intent.phrases).map {
                PatternCompiler.TermInput(text: $0.text, weight: $0.weight, switches: $0.switches)
            }
        }
        let (patterns, problems) = PatternCompiler.compile(
            concepts: script.concepts.map { ($0.name, $0.members.map(\.value)) }, labels: labels,
            stemmer: script.classifier.stemming ? stemmer : .unstemmed, correctsTypos: script.classifier.typoCorrection,
            scopesNegation: script.classifier.negation)
        let classifier = IntentClassifier(
            patterns: patterns, intentNames: script.intents.map(\.name), settings: script.classifier,
            substitutions: script.substitutions)
        return (classifier, problems)
    }

    /// From this many nodes the rules run side by side; below it, waking other threads costs
    /// more than the rules themselves.
    static let concurrentRulesThreshold = 500

    /// Every rule's findings in rule order, and the node index the rules used.
    // NB: the rules are independent of each other; on a large script they are a good part of
    // loading, so they share the cores, and their results are gathered in rule order so output
    // never depends on scheduling. The context, with its lookup tables, is freed before the
    // classifier compiles, to keep peak memory down.
    private static func check(_ script: DialogueScript, source: SourceText) -> ([Diagnostic], [String: Int]) {
        let context = ValidationContext(script: script, source: source)
        guard script.nodes.count >= concurrentRulesThreshold else {
            return (rules.flatMap { $0.check(context) }, context.nodeIndex)
        }
        let found = Mutex([[Diagnostic]](repeating: [], count: rules.count))
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            let diagnostics = rules[index].check(context)
            found.withLock { $0[index] = diagnostics }
        }
        return (found.withLock { $0.flatMap { $0 } }, context.nodeIndex)
    }

    private static func location(of path: JSONPath, in source: SourceText) -> ScriptLocation {
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        return ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
    }

    private static func diagnostic(for problem: PatternProblem, in script: DialogueScript, source: SourceText) -> Diagnostic {
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
        return problem.diagnostic(at: path, in: source)
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
