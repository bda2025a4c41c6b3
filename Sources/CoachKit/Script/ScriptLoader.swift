/// Loads a dialogue script from its bytes: parse, decode, validate, compile.
///
///     let result = ScriptLoader.load(bytes: Array(json.utf8), fileName: "Dialogue/x.json")
///     switch result {
///     case .success(let script): Engine(script: script)
///     case .failure(let error): error.diagnostics.forEach { print($0) }
///     }
public enum ScriptLoader {
    /// Scripts larger than this are refused before parsing: 10,000 nodes take about 8 MB.
    public static let maximumSize = 32 * 1024 * 1024

    /// Every problem in a script, errors and warnings, in file order: what `coach lint` reports.
    public static func diagnostics(bytes: [UInt8], fileName: String) -> [Diagnostic] {
        switch load(bytes: bytes, fileName: fileName) {
        case .success(let script): script.warnings
        case .failure(let error): error.diagnostics
        }
    }

    /// Parses and decodes; the parsed tree lives only inside, so it is freed before the script
    /// is compiled and peak memory stays lower.
    private static func decode(_ bytes: [UInt8], context: DecodingContext) -> Result<DialogueScript?, ScriptLoadError> {
        do {
            let root = try JSONParser.parse(bytes)
            return .success(ScriptDecoder(context: context).decode(root))
        } catch {
            let (line, column) = context.source.lineAndColumn(ofOffset: error.offset)
            return .failure(
                .invalidScript([
                    Diagnostic(
                        .jsonSyntax, error.message,
                        at: ScriptLocation(file: context.source.fileName, path: "", line: line, column: column))
                ]))
        }
    }

    public static func load(bytes: [UInt8], fileName: String) -> Result<ValidatedScript, ScriptLoadError> {
        let source = SourceText(fileName: fileName, bytes: bytes)
        guard bytes.count <= maximumSize else {
            return .failure(
                .invalidScript([
                    Diagnostic(
                        .unreadableFile,
                        "the script is \(bytes.count / 1_048_576) MB; the largest accepted is \(maximumSize / 1_048_576) MB",
                        at: ScriptLocation(file: fileName, path: "", line: 1, column: 1))
                ]))
        }
        let context = DecodingContext(source: source)
        let decoded: DialogueScript?
        switch decode(bytes, context: context) {
        case .success(let script): decoded = script
        case .failure(let error): return .failure(error)
        }
        guard let script = decoded else {
            return .failure(.invalidScript(ScriptValidator.sorted(context.diagnostics)))
        }
        let found: [Diagnostic]
        switch ScriptValidator.validate(script, source: source) {
        case .success(let validated):
            if context.diagnostics.isEmpty { return .success(validated) }
            found = context.diagnostics + validated.warnings
        case .failure(let error):
            found = context.diagnostics + error.diagnostics
        }
        return .failure(.invalidScript(CascadeFolding.fold(ScriptValidator.sorted(found), script: script, source: source)))
    }
}
