import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach evaluate`: how well the safety layer hears labelled replies.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure routing and the safety layer on labelled replies (one JSON object per line).",
            discussion: """
                Each line is {"node", "text", "label", "writer"}, as in the development corpus. A line with a \
                "level" (urgent, check_in or none) and a label crisis or not_crisis measures the safety layer: \
                recall by level, category and writer, and false alarms. Any other line measures routing at its \
                node: the share of replies that get their label and the share sent down a wrong path, per node \
                and per writer; labels end and continue ask only whether the chat would end. --misses lists \
                every reply it got wrong, with the command that explains it.
                """)

        @Option(help: "A dialogue script (.json). Omit it for the built-in trust script.")
        var script: String?

        @Option(help: "The node that stands for 'open' (an open question) in the files.")
        var openNode = "hurt_feel"

        @Argument(
            help: "Labelled files (.jsonl), after the script when it is given first (coach evaluate SCRIPT.json FILE...).")
        var files: [String]

        @Flag(help: "List every reply routed wrongly, every missed crisis reply and every false alarm.")
        var misses = false

        @Option(help: "text (tables for people) or json (one object, for tools and CI).")
        var format: EvaluationFormat = .text

        /// The script, given as `--script` or as the first file when that is a `.json` file, as
        /// `coach evaluate SCRIPT FILE...` reads; and the labelled files.
        // NB: a script is JSON and a labelled file is JSON lines, so the extension tells them apart;
        // reading a script as labelled replies gave one "not JSON" error per line of the script.
        private var arguments: (script: String?, labelled: [String]) {
            guard let first = files.first, first.lowercased().hasSuffix(".json") else { return (script, files) }
            return (first, Array(files.dropFirst()))
        }

        func validate() throws {
            if script != nil, let first = files.first, first.lowercased().hasSuffix(".json") {
                throw ValidationError("give the script once: either --script or as the first file, not both ('\(first)')")
            }
            if arguments.labelled.isEmpty {
                throw ValidationError("give at least one labelled file (.jsonl) after the script")
            }
        }

        /// The `--script` the explain commands need to read the same script.
        private var scriptOption: String {
            guard let script = arguments.script else { return "" }
            return " --script '"
                + Sanitizer.visible(script).split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
                + "'"
        }

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            var replies: [LabelledReply] = []
            let (script, files) = arguments
            for file in files {
                let bytes: [UInt8]
                switch ScriptFile.read(file) {
                case .success(let contents): bytes = contents
                case .failure(let error):
                    let reason =
                        switch error {
                        case .missing: "no file at '\(file)'"
                        case .isDirectory: "'\(file)' is a folder; give the .jsonl files inside it"
                        case .unreadable(let why): "cannot read '\(file)': \(why)"
                        case .tooLarge(let size): "'\(file)' is \(size / 1_048_576) MB, too large to evaluate"
                        }
                    printer.print("error: \(reason)")
                    throw ExitCode(2)
                }
                switch LabelledReply.parse(String(decoding: bytes, as: UTF8.self), fileName: file) {
                case .success(let parsed): replies += parsed
                case .failure(let error):
                    for problem in error.problems { printer.print("error: \(Sanitizer.visible(problem))") }
                    throw ExitCode(2)
                }
            }
            var layer: SafetyLayer?
            if replies.contains(where: { !$0.isSafety }) {
                let validated = try ScriptSource(path: script).load(printer: printer, failureCode: 2)
                let unknown = replies.filter {
                    !$0.isSafety && validated.node($0.node == "open" ? openNode : $0.node)?.ask == nil
                }
                for reply in unknown {
                    let node = reply.node == "open" ? openNode : reply.node
                    let problem = validated.node(node) == nil ? "the script has no node" : "no reply is read at the statement"
                    printer.print("error: line \(reply.line): \(problem) '\(Sanitizer.visible(node))'")
                }
                if !unknown.isEmpty { throw ExitCode(2) }
                let engine = try Engine(script: validated)
                layer = engine.safety
                let routing = try RoutingEvaluation(replies: replies, engine: engine, openNode: openNode)
                if format == .json {
                    print(try JSONLine.encode(routing.summary))
                    return
                }
                // NB: writers, labels and intent names come from files: shown, never sent raw.
                print(Sanitizer.visible(routing.report))
                if misses {
                    for outcome in routing.outcomes where !outcome.isRight {
                        let text = Sanitizer.visible(outcome.reply.text)
                        let quoted =
                            "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
                        print(
                            Sanitizer.visible(
                                "\(outcome.isMisrouted ? "misrouted" : "missed") [\(outcome.reply.writer) \(outcome.node): \(outcome.reply.label) -> \(outcome.got)] \(text)\n    coach classify\(scriptOption) --node \(outcome.node) --explain \(quoted)"
                            ))
                    }
                }
            }
            guard replies.contains(where: \.isSafety), format == .text else { return }
            let evaluation = SafetyEvaluation(replies: replies, layer: try layer ?? SafetyLayer())
            print(Sanitizer.visible(evaluation.report))
            guard misses else { return }
            for outcome in evaluation.misses {
                let reply = outcome.reply
                print("missed [\(reply.level ?? "")/\(reply.category ?? "")] \(Sanitizer.visible(reply.text))")
            }
            for outcome in evaluation.falseAlarms {
                let found = outcome.found.map { "\($0.level.rawValue) \($0.category.rawValue) (\($0.signal))" } ?? ""
                print("false alarm [\(found)] \(Sanitizer.visible(outcome.reply.text))")
            }
        }
    }
}

/// How `coach evaluate` prints its results.
enum EvaluationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
