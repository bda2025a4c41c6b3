import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach explore`: random walks that look for unreachable nodes and endless loops.
    struct Explore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explore",
            abstract: "Walk a script at random, with replies from its samples and from noise, and report what goes wrong.",
            discussion:
                "Each failing walk is written as a transcript that reproduces it. Exits 1 if any walk failed or a node was never reached."
        )

        @OptionGroup var scriptArgument: ScriptArgument

        @Option(help: "How many walks.")
        var walks = 200

        @Option(help: "Seed for the walks; the same seed repeats the same walks.")
        var seed: UInt64 = 1

        @Option(help: "Replies after which a walk counts as stuck in a loop.")
        var maximumTurns = 200

        @Option(help: "Folder for the transcripts of failing walks.")
        var out = "explore-failures"

        func validate() throws {
            guard walks > 0 else { throw ValidationError("--walks must be at least 1") }
            guard maximumTurns > 0 else { throw ValidationError("--maximum-turns must be at least 1") }
        }

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            let engine = try Engine(script: try scriptArgument.source.load(printer: printer, failureCode: 2))
            let report = ScriptExplorer(engine: engine, maximumTurns: maximumTurns).explore(walks: walks, seed: seed)
            print("\(report.walks) walks (\(report.turns) replies): \(report.finished) ended, \(report.failures.count) failed")
            print(
                "nodes reached: \(report.reachedNodes.count)/\(engine.script.script.nodes.count)"
                    + (report.neverReached.isEmpty ? "" : "; never reached: \(report.neverReached.joined(separator: ", "))"))
            if !report.failures.isEmpty { PrivateFiles.makeDirectory(out) }
            // NB: one transcript per kind of failure and place, its shortest walk: a loop that
            // 193 walks fall into is one problem.
            for group in report.failureGroups {
                let failure = group[0]
                let path = FileSystem.join(out, "walk-\(failure.walk).transcript")
                let saved = TranscriptFile.save(failure.transcript, to: path)
                let place = failure.lastNode.map { " at '\($0)'" } ?? ""
                let others = group.count > 1 ? " (and \(group.count - 1) more walks)" : ""
                switch saved {
                case .success:
                    print(Sanitizer.visible("walk \(failure.walk) \(failure.kind.rawValue)\(place)\(others): \(path)"))
                case .failure(let error): printer.print("error: walk \(failure.walk): \(error.message)")
                }
            }
            if !report.failures.isEmpty || !report.neverReached.isEmpty { throw ExitCode(1) }
        }
    }
}
