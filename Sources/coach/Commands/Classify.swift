import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach classify`: what would the chat make of these replies at this node?
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classify",
            abstract: "Show how replies are understood at a node, exactly as the chat reads them.",
            discussion: """
                With TEXT, prints the chosen intent of each, one per line ("clarify" when the coach would ask a \
                clarifying question, "fallback" when nothing matched and the question would be asked again, "answer" at an \
                open question when the reply would be saved as its answer, "confirm" when the coach would ask before \
                acting on a global intent, "about-the-question" when the reply asks about the \
                question and the coach would explain it, "crisis" when the safety layer would respond). \
                With no TEXT, reads one reply per line from standard input and prints one JSON object per line.
                """)

        @Option(help: "A dialogue script (.json). Omit it for the built-in trust script.")
        var script: String?

        @Option(help: "The id of the node whose question the replies answer.")
        var node: String

        @Flag(help: "Explain each decision: tokens, stems, matches, negations, scores.")
        var explain = false

        @Argument(help: "Replies to classify. Omit them to read standard input.")
        var text: [String] = []

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            let validated = try ScriptSource(path: script).load(printer: printer, failureCode: 2)
            let engine = try Engine(script: validated)
            guard validated.node(node) != nil else {
                let suggestion =
                    closestMatch(to: node, in: validated.script.nodes.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                printer.print("error: the script has no node '\(node)'\(suggestion)")
                throw ExitCode(2)
            }
            if validated.node(node)?.ask == nil {
                let questions = validated.script.nodes.filter { $0.ask != nil }.prefix(4).map { "'\($0.id)'" }
                printer.print(
                    "error: node '\(node)' asks nothing, so no reply is read there; give a question's node, such as \(questions.joined(separator: ", "))"
                )
                throw ExitCode(2)
            }
            if text.isEmpty {
                while let line = readLine() {
                    let analysis = try engine.analyze(line, at: node, detailed: explain)
                    // NB: JSON escapes control characters itself; the report is made visible.
                    print(
                        explain
                            ? Sanitizer.visible(ClassificationReport.explanation(line, analysis))
                            : ClassificationReport.json(line, analysis))
                }
            } else {
                for reply in text {
                    let analysis = try engine.analyze(reply, at: node, detailed: explain)
                    print(Sanitizer.visible(explain ? ClassificationReport.explanation(reply, analysis) : analysis.label))
                }
            }
        }
    }
}
