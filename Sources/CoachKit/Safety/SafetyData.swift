/// The built-in safety data, decoded and checked: the lexicon, the responses and the resources
/// from `Dialogue/Safety/`, embedded in the binary at build time so that no script and no file on
/// disk can switch them off.
public struct SafetyData: Sendable {
    public var lexicon: SafetyLexicon
    public var responses: SafetyResponses
    public var resources: SafetyResources

    /// The three files as this binary carries them.
    public static var embeddedSources: [SourceText] {
        [
            SourceText(fileName: embeddedSafetyLexiconName, text: embeddedSafetyLexiconJSON),
            SourceText(fileName: embeddedSafetyResponsesName, text: embeddedSafetyResponsesJSON),
            SourceText(fileName: embeddedSafetyResourcesName, text: embeddedSafetyResourcesJSON),
        ]
    }

    /// Decodes the three files and compiles the lexicon, reporting every problem in any of them at
    /// its line and column, with a dialogue script's codes.
    static func load(lexicon: SourceText, responses: SourceText, resources: SourceText) -> Result<
        (SafetyData, SafetyLexiconCompiler.Compiled), SafetyDataError
    > {
        let decodedLexicon = decode(lexicon) { SafetyLexiconDecoder(context: $0).decode($1) }
        let decodedResponses = decode(responses) { SafetyResponsesDecoder(context: $0).decode($1) }
        let decodedResources = decode(resources) { SafetyResourcesDecoder(context: $0).decode($1) }
        var diagnostics = decodedLexicon.diagnostics + decodedResponses.diagnostics + decodedResources.diagnostics
        var compiled: SafetyLexiconCompiler.Compiled?
        if let decoded = decodedLexicon.value {
            switch SafetyLexiconCompiler.compile(decoded, source: lexicon) {
            case .success(let result): compiled = result
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        guard let lexicon = decodedLexicon.value, let responses = decodedResponses.value,
            let resources = decodedResources.value, let compiled, !diagnostics.contains(where: { $0.severity == .error })
        else { return .failure(SafetyDataError(diagnostics: ScriptValidator.sorted(diagnostics))) }
        return .success((SafetyData(lexicon: lexicon, responses: responses, resources: resources), compiled))
    }

    private static func decode<Value>(
        _ source: SourceText, _ body: (DecodingContext, JSONValue) -> Value?
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        let context = DecodingContext(source: source)
        do {
            let root = try JSONParser.parse(source.bytes)
            let value = body(context, root)
            return (value, ScriptValidator.sorted(context.diagnostics))
        } catch {
            let (line, column) = source.lineAndColumn(ofOffset: error.offset)
            let location = ScriptLocation(file: source.fileName, path: "", line: line, column: column)
            return (nil, [Diagnostic(.jsonSyntax, error.message, at: location)])
        }
    }
}

/// The built-in safety data has problems; every one found is listed. Tests keep the shipped data
/// free of them, so a person chatting never meets this.
public struct SafetyDataError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        (["the built-in safety data has problems:"] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
