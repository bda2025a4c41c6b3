import Foundation
import PackagePlugin

/// Embeds JSON data from `Dialogue/` into a module as Swift strings, so the built `coach` binary
/// carries it and runs from any folder, even when copied:
/// - `DefaultScript` gets `Dialogue/trust-is-broken.json`, the default script;
/// - `CoachKit` gets the built-in safety data in `Dialogue/Safety/` (lexicon, responses,
///   resources), which no script can switch off because it is not read from disk at all, and
///   the English language pack in `Dialogue/Language/`.
@main
struct EmbedDialoguePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dialogue = context.package.directoryURL.appending(path: "Dialogue")
        let embedded: [(name: String, file: String)] =
            switch target.name {
            case "CoachKit":
                [
                    ("embeddedSafetyLexicon", "Safety/lexicon.json"),
                    ("embeddedSafetyResponses", "Safety/responses.json"),
                    ("embeddedSafetyResources", "Safety/resources.json"),
                    ("embeddedEnglishLanguage", "Language/english.json"),
                ]
            default: [("embeddedDefaultScript", "trust-is-broken.json")]
            }
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded\(target.name)Data.swift")
        let inputs = embedded.map { dialogue.appending(path: $0.file) }
        return [
            .buildCommand(
                displayName: "Embedding \(embedded.map(\.file).joined(separator: ", ")) into \(target.name)",
                executable: try context.tool(named: "EmbedDialogue").url,
                arguments: [output.path()] + zip(embedded, inputs).map { "\($0.name)=\($1.path())" },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
