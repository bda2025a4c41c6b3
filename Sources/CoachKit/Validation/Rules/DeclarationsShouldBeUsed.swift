/// Every declared intent is routed somewhere, and every concept is used by a pattern.
///
/// Lint: if an intent or concept is declared but never used, a warning is raised at it.
enum DeclarationsShouldBeUsed: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let script = context.script
        // NB: gathered in place; copying every route of a 10,000-node script first cost megabytes.
        var routed = Set(script.globalRoutes.map(\.intent.value))
        for node in script.nodes {
            for route in node.ask?.routes ?? [] { routed.insert(route.intent.value) }
            for rule in node.ask?.acknowledge ?? [] { if let intent = rule.intent { routed.insert(intent.value) } }
        }
        var diagnostics = script.intents.filter { !routed.contains($0.name) }.map {
            context.diagnostic(
                .unusedDeclaration, "intent '\($0.name)' is declared but no route or acknowledgement uses it", at: $0.path)
        }
        var used: Set<String> = []
        func collect(_ text: String) {
            // NB: only a text with a "~" can name a concept; most have none and are never split.
            guard text.utf8.contains(UInt8(ascii: "~")) else { return }
            for piece in PatternCompiler.pieces(of: text) where piece.hasPrefix("~") { used.insert(String(piece.dropFirst())) }
        }
        for intent in script.intents {
            for term in intent.keywords { collect(term.text) }
            for term in intent.phrases { collect(term.text) }
        }
        for concept in script.concepts {
            for member in concept.members { collect(member.value) }
        }
        diagnostics += script.concepts.filter { !used.contains($0.name) }.map {
            context.diagnostic(.unusedDeclaration, "concept '~\($0.name)' is declared but no pattern uses it", at: $0.path)
        }
        return diagnostics
    }
}
