/// Every `{{answers.name}}` in a message names an answer that some node saves, and every
/// `{{…}}` is a variable the format knows.
///
/// Lint: if a template variable can never have a value, an error is raised at its message.
enum TemplatesMustNameSavedAnswers: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ message: Located<String>) {
            guard message.value.utf8.contains(UInt8(ascii: "{")) else { return }
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
            node.say.forEach(check)
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
}
