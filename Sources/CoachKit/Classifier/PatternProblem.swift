/// Something wrong with a keyword, phrase or concept member, found while compiling it.
public struct PatternProblem: Sendable, Equatable {
    /// Where the faulty text is.
    public enum Owner: Sendable, Equatable {
        /// Term `term` of label `label`, in the order they were given to the compiler.
        case term(label: Int, term: Int)
        /// Member `member` of the concept named `concept`.
        case conceptMember(concept: String, member: Int)
        case concept(String)
    }

    public enum Kind: Sendable, Equatable {
        case emptyPattern
        case gapAtEdge
        case adjacentGaps
        case unknownConcept(name: String, suggestion: String?)
        case conceptCycle([String])
    }

    public var owner: Owner
    public var kind: Kind

    /// Lowercase, as diagnostics print it.
    public var message: String {
        switch kind {
        case .emptyPattern:
            "the pattern has no words"
        case .gapAtEdge:
            "a pattern cannot begin or end with a gap '*'; gaps stand between words"
        case .adjacentGaps:
            "two gaps in a row; write one gap such as '*5'"
        case .unknownConcept(let name, let suggestion):
            "concept '~\(name)' is not declared" + (suggestion.map { "; did you mean '~\($0)'?" } ?? "")
        case .conceptCycle(let names):
            "concepts include each other in a circle: " + names.map { "~\($0)" }.joined(separator: " -> ")
        }
    }
}

extension PatternProblem {
    /// The diagnostic for this problem at the place in `source` where its text was written, with
    /// the same code whether it is in a script or in the built-in safety lexicon.
    func diagnostic(at path: JSONPath, in source: SourceText) -> Diagnostic {
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        let location = ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
        let code: DiagnosticCode =
            switch kind {
            case .unknownConcept: .unknownConcept
            case .conceptCycle: .conceptCycle
            default: .invalidPattern
            }
        return Diagnostic(code, message, at: location)
    }
}
