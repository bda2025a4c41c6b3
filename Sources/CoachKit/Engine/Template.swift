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

    /// - Parameter journal: makes the `{{journal}}` text; called only for a template that uses it.
    public static func render(
        _ template: String, answers: [String: SavedAnswer], captures: [String], journal: () -> String = { "" }
    ) -> String {
        var output = ""
        for segment in segments(of: template) {
            switch segment {
            case .text(let text):
                output += text
            case .variable(let name, let fallback):
                let value: String? =
                    switch variable(named: name) {
                    case .answer(let key): answers[key].map { Reflection.reflect($0.text) }
                    case .rawAnswer(let key): answers[key]?.text
                    case .capture(let number):
                        captures.indices.contains(number - 1) ? Reflection.reflect(captures[number - 1]) : nil
                    case .journal: journal()
                    case .unknown: nil
                    }
                output += value.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            }
        }
        return output
    }

    /// The variables a template names, for checking them before anyone chats.
    public static func variables(in template: String) -> [Variable] {
        segments(of: template).compactMap { segment in
            if case .variable(let name, _) = segment { variable(named: name) } else { nil }
        }
    }

    private enum Segment {
        case text(Substring)
        case variable(name: String, fallback: String)
    }

    /// The template cut into plain text and `{{…}}` variables; an unclosed `{{` is plain text.
    // NB: a scan of UTF-8 code units, not a generic substring search: templates are checked for
    // every message of every script loaded, and rendered on every turn.
    private static func segments(of template: String) -> [Segment] {
        let utf8 = template.utf8
        var segments: [Segment] = []
        var textStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            guard utf8[index] == UInt8(ascii: "{"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "{") else {
                index = next
                continue
            }
            let inside = utf8.index(after: next)
            var close = inside
            while close < utf8.endIndex {
                let after = utf8.index(after: close)
                if utf8[close] == UInt8(ascii: "}"), after < utf8.endIndex, utf8[after] == UInt8(ascii: "}") { break }
                close = after
            }
            guard close < utf8.endIndex else { break }
            if textStart < index { segments.append(.text(template[textStart..<index])) }
            let (name, fallback) = split(template[inside..<close])
            segments.append(.variable(name: name, fallback: fallback))
            index = utf8.index(close, offsetBy: 2)
            textStart = index
        }
        if textStart < utf8.endIndex { segments.append(.text(template[textStart...])) }
        return segments
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
