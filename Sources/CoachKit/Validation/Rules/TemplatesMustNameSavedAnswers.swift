/// Every `{{answers.name}}` in a message names an answer that some node saves, every `{{…}}`
/// is a variable the format knows, and every `{{` is closed.
///
/// Lint: if a template variable can never have a value, or a `{{` is never closed (the person
/// would see it as typed), an error is raised at its message.
enum TemplatesMustNameSavedAnswers: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ message: Located<String>) {
            guard message.value.utf8.contains(UInt8(ascii: "{")) else { return }
            if let offset = Template.unclosedOpening(in: message.value) {
                diagnostics.append(
                    context.diagnostic(
                        .unknownTemplateVariable,
                        "'\(Self.excerpt(of: message.value, from: offset))' opens a template variable with '{{' but does not close it with '}}' before the next '{{' or the end of the message",
                        at: message.path))
                // NB: the variables after an unclosed `{{` have garbled names; one error says why.
                return
            }
            for variable in Template.variables(in: message.value) {
                switch variable {
                case .answer(let name), .rawAnswer(let name):
                    guard context.savers[name] == nil else { continue }
                    let suggestion =
                        closestMatch(to: name, in: context.savers.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(
                        context.diagnostic(
                            .unknownTemplateVariable, "no node saves an answer named '\(name)'\(suggestion)", at: message.path))
                case .unknown(let name):
                    diagnostics.append(
                        context.diagnostic(
                            .unknownTemplateVariable,
                            "unknown template variable '{{\(name)}}'; use {{answers.NAME}}, {{raw.NAME}}, {{1}} or {{journal}}, each optionally after lower:, upper: or sentence:",
                            at: message.path))
                case .capture, .journal:
                    continue
                }
            }
        }
        for node in context.script.nodes {
            node.say.map(\.text).forEach(check)
            guard let ask = node.ask else { continue }
            ask.reask.forEach(check)
            ask.explain.forEach(check)
            for rule in ask.acknowledge {
                rule.variants.forEach(check)
                if let remembrance = rule.remember { check(remembrance.line) }
            }
            if let clarify = ask.clarify { check(clarify) }
        }
        return diagnostics
    }

    /// A few words of a message from a UTF-8 offset, for naming an unclosed `{{`.
    private static func excerpt(of text: String, from offset: Int) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let rest = String(Substring(utf8[start...]))
        return rest.count > 24 ? String(rest.prefix(24)) + "…" : rest
    }
}
