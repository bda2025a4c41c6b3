/// Fills `{{answers.name}}`, `{{raw.name}}`, `{{1}}`, `{{2}}`, … and `{{journal}}` in a message.
///
/// Saved answers and captures are reflected into the coach's point of view ("I lied" becomes
/// "you lied"); `{{raw.name}}` gives the answer exactly as typed. `{{1|that way}}` says
/// "that way" when there is no value; without a default, a variable with no value becomes an
/// empty string, so a message never shows braces to the person. A case transform before the
/// name changes the value's case: `{{lower:1}}`, `{{upper:1}}`, `{{sentence:answers.name}}`
/// (its first letter a capital, to open a sentence); the default is left as written.
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

    /// How a value's case is changed before it is said.
    public enum CaseTransform: String, Sendable, CaseIterable {
        case lower, upper, sentence

        func apply(_ value: String) -> String {
            switch self {
            case .lower: value.lowercased()
            case .upper: value.uppercased()
            case .sentence: value.first.map { $0.uppercased() + value.dropFirst() } ?? value
            }
        }
    }

    /// - Parameters:
    ///   - reflection: the person-swapping tables answers and captures are said back with.
    ///   - journal: makes the `{{journal}}` text; called only for a template that uses it.
    public static func render(
        _ template: String, answers: [String: SavedAnswer], captures: [String],
        reflection: LanguagePack.Reflection = LanguagePack.english.reflection, journal: () -> String = { "" }
    ) -> String {
        var output = ""
        for segment in segments(of: template) {
            switch segment {
            case .text(let range):
                let utf8 = template.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                output += Substring(utf8[start..<utf8.index(start, offsetBy: range.count)])
            case .variable(let name, let transform, let fallback):
                let value: String? =
                    switch variable(named: name) {
                    case .answer(let key): answers[key].map { Reflection.reflect($0.text, with: reflection) }
                    case .rawAnswer(let key): answers[key]?.text
                    case .capture(let number):
                        captures.indices.contains(number - 1) ? Reflection.reflect(captures[number - 1], with: reflection) : nil
                    case .journal: journal()
                    case .unknown: nil
                    }
                output += value.flatMap { $0.isEmpty ? nil : transform?.apply($0) ?? $0 } ?? fallback
            }
        }
        return output
    }

    /// The variables a template names, for checking them before anyone chats.
    public static func variables(in template: String) -> [Variable] {
        segments(of: template).compactMap { segment in
            if case .variable(let name, _, _) = segment { variable(named: name) } else { nil }
        }
    }

    /// The answers a template names with no default (`{{raw.name}}`, not `{{raw.name|…}}`):
    /// where they may not be saved yet, the person would see nothing in their place.
    public static func answersWithoutDefault(in template: String) -> [String] {
        segments(of: template).compactMap { segment in
            guard case .variable(let name, _, let fallback) = segment, fallback.isEmpty else { return nil }
            switch variable(named: name) {
            case .answer(let key), .rawAnswer(let key): return key
            default: return nil
            }
        }
    }

    /// Where the first `{{` that is not closed starts, as a UTF-8 offset, or nil: a `{{` with no
    /// `}}` after it (plain text, shown to the person as typed), or with another `{{` before its
    /// `}}` (read as one variable with a garbled name). Lint reports either.
    public static func unclosedOpening(in template: String) -> Int? {
        var template = template
        return template.withUTF8 { scan($0).unclosed }
    }

    private enum Segment {
        /// Plain text, as a range of the template's UTF-8 offsets.
        case text(Range<Int>)
        case variable(name: String, transform: CaseTransform?, fallback: String)
    }

    /// Each `{{…}}` of a template as the UTF-8 offsets of its `{{` and of its `}}`, and the first
    /// `{{` that is not closed (see `unclosedOpening`); one scan for rendering and for lint.
    // NB: a scan of contiguous UTF-8 bytes, not String indices or a generic substring search:
    // templates are checked for every message of every script loaded, and rendered every turn.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (variables: [(open: Int, close: Int)], unclosed: Int?) {
        func isPair(_ byte: UInt8, at index: Int) -> Bool {
            index + 1 < bytes.count && bytes[index] == byte && bytes[index + 1] == byte
        }
        var variables: [(open: Int, close: Int)] = []
        var unclosed: Int?
        var index = 0
        while index < bytes.count {
            guard isPair(UInt8(ascii: "{"), at: index) else {
                index += 1
                continue
            }
            var close = index + 2
            while close < bytes.count, !isPair(UInt8(ascii: "}"), at: close) {
                if unclosed == nil, isPair(UInt8(ascii: "{"), at: close) { unclosed = index }
                close += 1
            }
            guard close < bytes.count else { return (variables, unclosed ?? index) }
            variables.append((index, close))
            index = close + 2
        }
        return (variables, unclosed)
    }

    /// The template cut into plain text and `{{…}}` variables; an unclosed `{{` is plain text.
    private static func segments(of template: String) -> [Segment] {
        var template = template
        return template.withUTF8 { bytes in
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var segments: [Segment] = []
            var textStart = 0
            for (open, close) in scan(bytes).variables {
                if textStart < open { segments.append(.text(textStart..<open)) }
                let (written, fallback) = split(text(open + 2..<close))
                let (transform, name) = transformed(written)
                segments.append(.variable(name: name, transform: transform, fallback: fallback))
                textStart = close + 2
            }
            if textStart < bytes.count { segments.append(.text(textStart..<bytes.count)) }
            return segments
        }
    }

    /// `name|fallback` as its two parts, the name without surrounding white space.
    private static func split(_ inside: String) -> (name: String, fallback: String) {
        guard let bar = inside.utf8.firstIndex(of: UInt8(ascii: "|")) else { return (inside.trimmingWhitespace(), "") }
        return (inside[..<bar].trimmingWhitespace(), String(inside[inside.utf8.index(after: bar)...]))
    }

    /// A variable's written name as its case transform, if any, and the name after it; an
    /// unknown transform ("title:1") stays part of the name, which is then an unknown variable.
    private static func transformed(_ written: String) -> (CaseTransform?, String) {
        guard let colon = written.firstIndex(of: ":"), let transform = CaseTransform(rawValue: String(written[..<colon]))
        else { return (nil, written) }
        return (transform, String(written[written.index(after: colon)...]).trimmingWhitespace())
    }

    /// The variable a name (after any case transform) stands for.
    static func variable(named name: String) -> Variable {
        if name.hasPrefix("answers.") { return .answer(String(name.dropFirst("answers.".count))) }
        if name.hasPrefix("raw.") { return .rawAnswer(String(name.dropFirst("raw.".count))) }
        if let number = Int(name), number >= 1 { return .capture(number) }
        if name == "journal" { return .journal }
        return .unknown(name)
    }
}
