/// Why a script could not be loaded.
public enum ScriptLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The script has problems; every one found is listed, in file order.
    case invalidScript([Diagnostic])

    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalidScript(let diagnostics): diagnostics
        }
    }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return "the script has \(errors) error\(errors == 1 ? "" : "s")"
    }
}
