/// Every `{{answers.name}}` in a message names an answer that some node saves, and every
/// `{{…}}` is a variable the format knows.
///
/// Lint: if a template variable can never have a value, an error is raised at its message.
enum TemplatesMustNameSavedAnswers: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let messages = context.script.nodes.flatMap { node in
            node.say + (node.ask?.reask ?? []) + [node.ask?.clarify].compactMap { $0 }
        }
        for message in messages {
            for variable in Template.variables(in: message.value) {
                switch variable {
                case .answer(let name), .rawAnswer(let name):
                    guard context.savers[name] == nil else { continue }
                    let suggestion = closestMatch(to: name, in: context.savers.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(context.diagnostic(
                        .unknownTemplateVariable, "no node saves an answer named '\(name)'\(suggestion)", at: message.path))
                case .unknown(let name):
                    diagnostics.append(context.diagnostic(
                        .unknownTemplateVariable,
                        "unknown template variable '{{\(name)}}'; use {{answers.NAME}}, {{raw.NAME}}, {{1}} or {{journal}}", at: message.path))
                case .capture, .journal:
                    continue
                }
            }
        }
        return diagnostics
    }
}
