import Foundation
import PackagePlugin

/// Embeds `Dialogue/trust-is-broken.json` into the `DefaultScript` module as a Swift string, so the
/// built `coach` binary carries its default script and runs from any folder, even when copied.
@main
struct EmbedDialoguePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let script = context.package.directoryURL.appending(path: "Dialogue/trust-is-broken.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDefaultScript.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(script.lastPathComponent) into \(target.name)",
                executable: try context.tool(named: "EmbedDialogue").url,
                arguments: [script.path(), output.path()],
                inputFiles: [script],
                outputFiles: [output]
            )
        ]
    }
}
