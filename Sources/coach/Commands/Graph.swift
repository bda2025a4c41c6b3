import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach graph`: the conversation as a picture.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Print a script as a graph in DOT (Graphviz) or Mermaid.",
            discussion: "Render DOT with Graphviz, for example: coach graph Dialogue/x.json | dot -Tsvg > x.svg")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case dot, mermaid
        }

        @OptionGroup var scriptArgument: ScriptArgument

        @Option(help: "dot or mermaid.")
        var format: Format = .dot

        @Option(help: "Replay the transcripts in this folder and mark the nodes and routes they never reached.")
        var coverage: String?

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            let validated = try scriptArgument.source.load(printer: printer, failureCode: 2)
            var graph = ScriptGraph(validated)
            if let coverage {
                let engine = try Engine(script: validated)
                var covered = ScriptCoverage(script: validated)
                for file in TranscriptPaths.expand([coverage]) {
                    switch file {
                    case .failure(let error):
                        printer.print(error.message)
                        throw ExitCode(2)
                    case .success(let path):
                        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
                        guard case .success(let transcript) = TranscriptParser.parse(text, fileName: path),
                            transcript.scriptID == validated.script.id
                        else { continue }
                        covered.add(TranscriptReplayer(engine: engine).replay(transcript))
                    }
                }
                graph = ScriptGraph(validated, coverage: covered)
                printer.print(covered.report)
            }
            // NB: names from the script are shown, never sent raw to a terminal.
            print(Sanitizer.visible(format == .dot ? DotRenderer.render(graph) : MermaidRenderer.render(graph)), terminator: "")
        }
    }
}
