/// Every problem in a script, at once: the loader's checks plus those that need the compiled
/// classifier (samples that miss their route, keywords two intents claim at one node).
///
///     let diagnostics = ScriptLinter.lint(bytes: bytes, fileName: "Dialogue/x.json")
///     // [Dialogue/x.json:42:7: error[C011]: 'apolgy' is not a node; did you mean 'apology'?]
public enum ScriptLinter {
    /// Checks that run on a script that already loads.
    static let compiledRules: [any CompiledScriptRule.Type] = [
        SamplesMustReachTheirRoutes.self,
        KeywordsShouldBelongToOneIntentPerNode.self,
        ExamplesMustBeDistinct.self,
        QuestionsShouldHaveExamplesForEveryIntent.self,
        ExamplesShouldBeReadAsTheirIntent.self,
        PhrasesShouldStayWithinTheStepBudget.self,
        TemplatesShouldNameAnswersSavedBefore.self,
    ]

    public static func lint(bytes: [UInt8], fileName: String) -> [Diagnostic] {
        switch ScriptLoader.load(bytes: bytes, fileName: fileName) {
        case .failure(let error):
            return error.diagnostics
        case .success(let script):
            let context = ValidationContext(script: script.script, source: SourceText(fileName: fileName, bytes: bytes))
            let found = compiledRules.flatMap { $0.check(script, context) }
            return ScriptValidator.sorted(script.warnings + found)
        }
    }
}

/// A check on a script whose classifier is compiled.
protocol CompiledScriptRule: SendableMetatype {
    static func check(_ script: ValidatedScript, _ context: ValidationContext) -> [Diagnostic]
}
