import ArgumentParser
import CoachKit
import DefaultScript
import FoundationEssentials
import Glibc

/// The optional script argument that chat, graph and explore share.
struct ScriptArgument: ParsableArguments {
    @Argument(help: "A dialogue script (.json). Omit it for the built-in trust script.")
    var script: String?

    /// Where to load it from.
    var source: ScriptSource { ScriptSource(path: script) }
}

/// Loads the script a command works on: a file, or the built-in default.
struct ScriptSource {
    /// A path, or nil for the built-in script.
    var path: String?

    /// The validated script; on failure prints every diagnostic and exits with `code`.
    func load(printer: DiagnosticPrinter, failureCode: Int32 = 1) throws -> ValidatedScript {
        let bytes: [UInt8]
        let name: String
        if let path {
            switch ScriptFile.read(path) {
            case .success(let contents): bytes = contents
            case .failure(let error):
                printer.print(error.message(for: path))
                throw ExitCode(2)
            }
            name = path
        } else {
            bytes = Array(DefaultScript.json.utf8)
            name = DefaultScript.fileName
        }
        let preloaded = path == nil ? DefaultScriptPreload.take() : nil
        switch preloaded ?? ScriptLoader.load(bytes: bytes, fileName: name) {
        case .success(let script):
            return script
        case .failure(let error):
            let source = SourceText(fileName: name, bytes: bytes)
            for diagnostic in error.diagnostics { printer.print(diagnostic, source: source) }
            printer.print(summary: error.diagnostics, file: name)
            throw ExitCode(failureCode)
        }
    }
}
