/// A problem found in a dialogue script: what it is, how bad, and exactly where.
///
/// Rendered by the command line as
/// `Dialogue/x.json:42:7: error[C011]: route target 'apolgy' is not a node; did you mean 'apology'?`
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Codable {
        /// The script cannot run until this is fixed.
        case error
        /// The script runs, but probably not as its author meant.
        case warning
    }

    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var location: ScriptLocation?
    /// Further lines of advice shown under the source line.
    public var notes: [String]

    public init(
        _ code: DiagnosticCode, _ message: String, at location: ScriptLocation?,
        severity: Severity? = nil, notes: [String] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// `file:line:column: severity[code]: message`, the form editors and CI annotate.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue)[\(code.rawValue)]: \(message)"
    }
}

/// Where in a script file something stands: its JSON path and, when known, its line and column.
public struct ScriptLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `nodes[3].ask.routes[1].to`.
    public var path: String
    public var line: Int
    public var column: Int

    public init(file: String, path: String, line: Int, column: Int) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
