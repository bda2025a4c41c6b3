/// Collects the problems found while decoding a script, with their places in the source.
final class DecodingContext {
    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    func location(of path: JSONPath) -> ScriptLocation {
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        return ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
    }

    func report(_ code: DiagnosticCode, _ message: String, at path: JSONPath, notes: [String] = []) {
        diagnostics.append(Diagnostic(code, message, at: location(of: path), notes: notes))
    }
}

/// Reads the fields of one JSON object, reporting missing, mistyped and unknown ones.
struct ObjectReader {
    let members: [JSONValue.Member]
    let path: JSONPath
    let context: DecodingContext

    // NB: comments are members rather than JSONC's `//` lines, so a script stays plain JSON
    // that jq, Python and schema validators read, and a tool that rewrites it keeps them.
    static let commentKeys = ScriptFields.comments

    /// Returns nil (after reporting) when `value` is not an object. Comment members are checked
    /// here and left out of `members`.
    init?(_ value: JSONValue, at path: JSONPath, context: DecodingContext) {
        guard case .object(let members) = value.kind else {
            context.report(.invalidValue, "expected an object, found \(value.typeName)", at: path)
            return nil
        }
        self.path = path
        self.context = context
        // NB: filtered only when there is a comment: loading reads every object of the script.
        guard members.contains(where: { ObjectReader.commentKeys.contains($0.key) }) else {
            self.members = members
            return
        }
        self.members = members.filter { !ObjectReader.commentKeys.contains($0.key) }
        checkComments(in: members)
    }

    /// A comment is a string or a list of strings; one object holds each comment key once.
    private func checkComments(in all: [JSONValue.Member]) {
        for (index, member) in all.enumerated() where ObjectReader.commentKeys.contains(member.key) {
            let keyPath = path.appending(key: member.key, offset: member.keyOffset)
            if all[..<index].contains(where: { $0.key == member.key }) {
                context.report(
                    .duplicateName,
                    "field '\(member.key)' appears twice; to write several lines, give one '\(member.key)' a list of strings",
                    at: keyPath)
            }
            let valuePath = path.appending(key: member.key, offset: member.value.offset)
            let found: String
            switch member.value.kind {
            case .string: continue
            case .array(let lines):
                guard let line = lines.first(where: { if case .string = $0.kind { false } else { true } }) else { continue }
                let article = line.typeName.first.map { "aeiou".contains($0) } == true ? "an" : "a"
                found = "a list holding \(article) \(line.typeName)"
            default: found = member.value.typeName
            }
            context.report(.invalidValue, "a comment is a string or a list of strings, found \(found)", at: valuePath)
        }
    }

    /// Reports every member not in `known`, suggesting the closest known name, and any member
    /// that appears twice.
    func rejectUnknownFields(known: [String]) {
        for (index, member) in members.enumerated() {
            // NB: objects in scripts have a handful of members; scanning beats building a set.
            if members[..<index].contains(where: { $0.key == member.key }) {
                context.report(
                    .duplicateName, "field '\(member.key)' appears twice",
                    at: path.appending(key: member.key, offset: member.keyOffset))
            }
            guard !known.contains(member.key) else { continue }
            var message = "unknown field '\(member.key)'"
            if let synonym = ScriptFields.synonyms[member.key], known.contains(synonym) {
                message += "; did you mean '\(synonym)'?"
            } else if let suggestion = closestMatch(to: member.key, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; expected one of \(known.map { "'\($0)'" }.joined(separator: ", "))"
            }
            context.report(.unknownField, message, at: path.appending(key: member.key, offset: member.keyOffset))
        }
    }

    func value(_ key: String, required: Bool = false) -> (JSONValue, JSONPath)? {
        guard let member = members.last(where: { $0.key == key }) else {
            if required {
                context.report(.missingField, "missing required field '\(key)'", at: path)
            }
            return nil
        }
        return (member.value, path.appending(key: key, offset: member.value.offset))
    }

    func string(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> Located<String>? {
        guard let (value, valuePath) = self.value(key, required: required) else { return nil }
        return ObjectReader.string(value, at: valuePath, context: context, allowEmpty: allowEmpty)
    }

    static func string(
        _ value: JSONValue, at path: JSONPath, context: DecodingContext, allowEmpty: Bool = false,
        expecting expected: String = "a string"
    ) -> Located<String>? {
        guard case .string(let text) = value.kind else {
            context.report(.invalidValue, "expected \(expected), found \(value.typeName)", at: path)
            return nil
        }
        if !allowEmpty, text.isBlank {
            context.report(.emptyMessage, "'\(path.components)' is empty; write the text, or remove the entry", at: path)
            return nil
        }
        return Located(text, at: path)
    }

    func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let (value, valuePath) = self.value(key) else { return nil }
        guard case .number(let number) = value.kind else {
            context.report(.invalidValue, "expected a number, found \(value.typeName)", at: valuePath)
            return nil
        }
        guard range.contains(number) else {
            context.report(
                .invalidValue, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(number)",
                at: valuePath)
            return nil
        }
        return number
    }

    func integer(_ key: String, required: Bool = false, in range: ClosedRange<Int>) -> Int? {
        guard let (value, valuePath) = self.value(key, required: required) else { return nil }
        guard case .number(let number) = value.kind, number.rounded() == number,
            let integer = Int(exactly: number)
        else {
            context.report(.invalidValue, "expected a whole number, found \(value.typeName)", at: valuePath)
            return nil
        }
        guard range.contains(integer) else {
            context.report(
                .invalidValue, "'\(key)' must be from \(range.lowerBound) to \(range.upperBound), found \(integer)", at: valuePath
            )
            return nil
        }
        return integer
    }

    func bool(_ key: String) -> Bool? {
        guard let (value, valuePath) = self.value(key) else { return nil }
        guard case .bool(let flag) = value.kind else {
            context.report(.invalidValue, "expected true or false, found \(value.typeName)", at: valuePath)
            return nil
        }
        return flag
    }

    /// The elements of an array field; a lone string is accepted where a list of strings is usual.
    func array(
        _ key: String, required: Bool = false, expecting expected: String = "a string or a list"
    ) -> [(JSONValue, JSONPath)]? {
        guard let (value, valuePath) = self.value(key, required: required) else { return nil }
        return ObjectReader.elements(value, at: valuePath, context: context, expecting: expected)
    }

    /// - Parameter expected: what the field holds, for the error when it holds something else;
    ///   a lone string is always accepted, so the default says so.
    static func elements(
        _ value: JSONValue, at path: JSONPath, context: DecodingContext, expecting expected: String = "a string or a list"
    ) -> [(JSONValue, JSONPath)]? {
        switch value.kind {
        case .array(let elements):
            return elements.enumerated().map { ($1, path.appending(index: $0, offset: $1.offset)) }
        case .string:
            return [(value, path)]
        default:
            context.report(.invalidValue, "expected \(expected), found \(value.typeName)", at: path)
            return nil
        }
    }

    func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let elements = array(key, required: required) else { return [] }
        if required, elements.isEmpty, let (_, valuePath) = value(key) {
            context.report(.emptyMessage, "'\(valuePath.components)' needs at least one entry", at: valuePath)
        }
        return elements.compactMap { ObjectReader.string($0, at: $1, context: context) }
    }

    func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let (value, valuePath) = self.value(key, required: required) else { return nil }
        return ObjectReader(value, at: valuePath, context: context)
    }
}
