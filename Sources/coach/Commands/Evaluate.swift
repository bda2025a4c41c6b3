import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach evaluate`: how well the safety layer hears labelled replies.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure the safety layer on labelled replies (one JSON object per line).",
            discussion: """
                Each line is {"text", "label", "level", "category", "writer"}, as in the development corpus: \
                label crisis or not_crisis, level urgent, check_in or none. Prints recall by level, category and \
                writer, and false alarms; --misses lists every reply it got wrong.
                """)

        @Argument(help: "Labelled files (.jsonl).")
        var files: [String]

        @Flag(help: "List every missed crisis reply and every false alarm.")
        var misses = false

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            var replies: [LabelledReply] = []
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
            let evaluation = SafetyEvaluation(replies: replies, layer: try SafetyLayer())
            print(evaluation.report)
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
