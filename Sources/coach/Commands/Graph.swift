import ArgumentParser
import CoachKit
import Foundation

extension Coach {
    /// `coach graph`: the conversation as a picture.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a script as a graph in DOT (Graphviz) or Mermaid.",
            discussion: "Render DOT with Graphviz, for example: coach graph Dialogue/x.json | dot -Tsvg > x.svg")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case dot, mermaid
        }

        @Argument(help: "A dialogue script (.json). Omit it for the built-in trust script.")
        var script: String?

        @Option(help: "dot or mermaid.")
        var format: Format = .dot

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            let validated = try ScriptSource(path: script).load(printer: printer, failureCode: 2)
            let graph = ScriptGraph(validated)
            print(format == .dot ? DotRenderer.render(graph) : MermaidRenderer.render(graph), terminator: "")
        }
    }
}
