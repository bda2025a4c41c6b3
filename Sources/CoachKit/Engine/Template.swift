/// Fills `{{answers.name}}`, `{{raw.name}}`, `{{1}}`, `{{2}}`, … and `{{journal}}` in a message.
///
/// Saved answers and captures are reflected into the coach's point of view ("I lied" becomes
/// "you lied"); `{{raw.name}}` gives the answer exactly as typed. `{{1|that way}}` says
/// "that way" when there is no value; without a default, a variable with no value becomes an
/// empty string, so a message never shows braces to the person.
public enum Template {
    /// A variable a template names.
    public enum Variable: Sendable, Equatable, Hashable {
        case answer(String)
        case rawAnswer(String)
        case capture(Int)
        /// Every saved answer, one per line, for a closing summary.
        case journal
        case unknown(String)
    }

    public static func render(_ template: String, answers: [String: SavedAnswer], captures: [String], journal: String = "") -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                output += rest[open.lowerBound...]
                return output
            }
            let (name, fallback) = split(rest[open.upperBound..<close.lowerBound])
            let value: String? = switch variable(named: name) {
            case .answer(let key): answers[key].map { Reflection.reflect($0.text) }
            case .rawAnswer(let key): answers[key]?.text
            case .capture(let number): captures.indices.contains(number - 1) ? Reflection.reflect(captures[number - 1]) : nil
            case .journal: journal
            case .unknown: nil
            }
            output += value.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }

    /// The variables a template names, for checking them before anyone chats.
    public static func variables(in template: String) -> [Variable] {
        var found: [Variable] = []
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
            found.append(variable(named: split(rest[open.upperBound..<close.lowerBound]).name))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// "1|that way" is the variable "1" with "that way" to say when it has no value.
    private static func split(_ inside: Substring) -> (name: String, fallback: String) {
        let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].trimmingWhitespace()
        return (name, parts.count > 1 ? String(parts[1]) : "")
    }

    static func variable(named name: String) -> Variable {
        if name.hasPrefix("answers.") { return .answer(String(name.dropFirst("answers.".count))) }
        if name.hasPrefix("raw.") { return .rawAnswer(String(name.dropFirst("raw.".count))) }
        if let number = Int(name), number >= 1 { return .capture(number) }
        if name == "journal" { return .journal }
        return .unknown(name)
    }
}
