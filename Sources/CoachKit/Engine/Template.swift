import Foundation

/// Fills `{{answers.name}}`, `{{raw.name}}`, `{{1}}`, `{{2}}`, … and `{{journal}}` in a message.
///
/// Saved answers and captures are reflected into the coach's point of view ("I lied" becomes
/// "you lied"); `{{raw.name}}` gives the answer exactly as typed. A variable with no value
/// becomes an empty string, so a message never shows braces to the person.
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
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                output += rest[open.lowerBound...]
                return output
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            switch variable(named: name) {
            case .answer(let key): output += answers[key].map { Reflection.reflect($0.text) } ?? ""
            case .rawAnswer(let key): output += answers[key]?.text ?? ""
            case .capture(let number): output += captures.indices.contains(number - 1) ? Reflection.reflect(captures[number - 1]) : ""
            case .journal: output += journal
            case .unknown: break
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }

    /// The variables a template names, for checking them before anyone chats.
    public static func variables(in template: String) -> [Variable] {
        var found: [Variable] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            found.append(variable(named: rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)))
            rest = rest[close.upperBound...]
        }
        return found
    }

    static func variable(named name: String) -> Variable {
        if name.hasPrefix("answers.") { return .answer(String(name.dropFirst("answers.".count))) }
        if name.hasPrefix("raw.") { return .rawAnswer(String(name.dropFirst("raw.".count))) }
        if let number = Int(name), number >= 1 { return .capture(number) }
        if name == "journal" { return .journal }
        return .unknown(name)
    }
}
