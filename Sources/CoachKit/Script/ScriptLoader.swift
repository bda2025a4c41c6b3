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

    public static func load(bytes: [UInt8], fileName: String) -> Result<ValidatedScript, ScriptLoadError> {
        let source = SourceText(fileName: fileName, bytes: bytes)
        guard bytes.count <= maximumSize else {
            return .failure(.invalidScript([Diagnostic(
                .unreadableFile,
                "the script is \(bytes.count / 1_048_576) MB; the largest accepted is \(maximumSize / 1_048_576) MB",
                at: ScriptLocation(file: fileName, path: "", line: 1, column: 1))]))
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = source.lineAndColumn(ofOffset: error.offset)
            return .failure(.invalidScript([Diagnostic(
                .jsonSyntax, error.message, at: ScriptLocation(file: fileName, path: "", line: line, column: column))]))
        }
        let context = DecodingContext(source: source)
        let decoded = ScriptDecoder(context: context).decode(root)
        guard let script = decoded else {
            return .failure(.invalidScript(ScriptValidator.sorted(context.diagnostics)))
        }
        switch ScriptValidator.validate(script, source: source) {
        case .success(let validated):
            if context.diagnostics.isEmpty { return .success(validated) }
            return .failure(.invalidScript(ScriptValidator.sorted(context.diagnostics + validated.warnings)))
        case .failure(let error):
            return .failure(.invalidScript(ScriptValidator.sorted(context.diagnostics + error.diagnostics)))
        }
    }
}
