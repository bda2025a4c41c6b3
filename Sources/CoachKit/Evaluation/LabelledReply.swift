/// One labelled reply of an evaluation file: one JSON object per line, as in the development
/// corpus (`{"node", "text", "label", "writer"}`, and for safety `"level"` and `"category"`).
public struct LabelledReply: Sendable, Equatable {
    /// The question the person was answering; `open` for an open reflection question.
    public var node: String
    public var text: String
    /// The intent, or for safety `crisis` / `not_crisis`, or for leaving `end` / `continue`.
    public var label: String
    /// For safety: `urgent`, `check_in` or `none`.
    public var level: String?
    /// For safety: a `SafetyCategory` raw value, or `none`.
    public var category: String?
    /// Who wrote it, so figures can be given per writer.
    public var writer: String
    /// The 1-based line it stood on.
    public var line: Int

    /// A safety row, to be measured against the safety layer rather than the classifier.
    public var isSafety: Bool { level != nil }

    /// Reads every line; a line that is not such an object is an error naming the file and line,
    /// and nothing is measured from a file with errors.
    public static func parse(_ text: String, fileName: String) -> Result<[LabelledReply], EvaluationFileError> {
        var replies: [LabelledReply] = []
        var problems: [String] = []
        // NB: split on newlines of any kind; "\r\n" is one Character and would hide from a split on "\n".
        for (index, lineText) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = lineText.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            switch reply(from: Substring(trimmed), line: index + 1) {
            case .success(let reply): replies.append(reply)
            case .failure(let error): problems.append("\(fileName):\(index + 1): \(error.message)")
            }
        }
        return problems.isEmpty ? .success(replies) : .failure(EvaluationFileError(problems: problems))
    }

    private static func reply(from text: Substring, line: Int) -> Result<LabelledReply, EvaluationLineError> {
        let root: JSONValue
        do {
            root = try JSONParser.parse(Array(text.utf8))
        } catch {
            return .failure(EvaluationLineError("not JSON: \(error.message) at character \(error.offset + 1)"))
        }
        guard case .object(let members) = root.kind else { return .failure(EvaluationLineError("expected a JSON object")) }
        func string(_ key: String) -> String? {
            if case .string(let value) = members.last(where: { $0.key == key })?.value.kind { value } else { nil }
        }
        guard let text = string("text") else { return .failure(EvaluationLineError("missing the string field 'text'")) }
        guard let label = string("label") else { return .failure(EvaluationLineError("missing the string field 'label'")) }
        if let level = string("level") {
            // NB: a typo in a safety row would silently count as a false alarm or a miss.
            guard ["crisis", "not_crisis"].contains(label) else {
                return .failure(EvaluationLineError("a safety line's label is crisis or not_crisis, found '\(label)'"))
            }
            guard ["urgent", "check_in", "none"].contains(level) else {
                return .failure(EvaluationLineError("'level' is urgent, check_in or none, found '\(level)'"))
            }
            let category = string("category") ?? "none"
            guard category == "none" || SafetyCategory(rawValue: category) != nil else {
                return .failure(EvaluationLineError("unknown category '\(category)'"))
            }
        }
        return .success(
            LabelledReply(
                node: string("node") ?? "open", text: text, label: label, level: string("level"), category: string("category"),
                writer: string("writer") ?? "unknown", line: line))
    }
}

/// An evaluation file that cannot be read as labelled replies: every bad line, by number.
public struct EvaluationFileError: Error, Sendable, Equatable {
    public var problems: [String]
}

struct EvaluationLineError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
