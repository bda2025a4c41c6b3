/// Every declared intent is routed somewhere, and every concept is used by a pattern.
///
/// Lint: if an intent or concept is declared but never used, a warning is raised at it.
enum DeclarationsShouldBeUsed: ValidationRule {
    static func check(_ context: ValidationContext) -> [Diagnostic] {
        let script = context.script
        let routed = Set((script.globalRoutes + script.nodes.flatMap { $0.ask?.routes ?? [] }).map(\.intent.value))
        var diagnostics = script.intents.filter { !routed.contains($0.name) }.map {
            context.diagnostic(.unusedDeclaration, "intent '\($0.name)' is declared but no route uses it", at: $0.path)
        }
        let texts =
            script.intents.flatMap { ($0.keywords + $0.phrases).map(\.text) }
            + script.concepts.flatMap { $0.members.map(\.value) }
        // NB: only a text with a "~" can name a concept; most have none and are never split.
        let used = Set(
            texts.filter { $0.utf8.contains(UInt8(ascii: "~")) }.flatMap(PatternCompiler.pieces)
                .filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) })
        diagnostics += script.concepts.filter { !used.contains($0.name) }.map {
            context.diagnostic(.unusedDeclaration, "concept '~\($0.name)' is declared but no pattern uses it", at: $0.path)
        }
        return diagnostics
    }
}
