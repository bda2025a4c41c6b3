import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach replay`: recorded conversations as regression tests.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Replay transcripts against their script and report every difference.",
            discussion: """
                Each transcript's replies are fed to the script its header names (found as ID.json beside the \
                transcript, in a Dialogue folder above it or in the current folder, or built in), or to --script. \
                Ends with 'N passed, N failed' ('N passed, N updated, N failed' with --update); exits 1 if any \
                failed (a transcript --update rewrote is not a failure), 2 if a file could not be read.
                """)

        @Argument(help: "Transcript files, or folders searched for .transcript files.")
        var paths: [String]

        @Option(help: "Replay against this script instead of the one the header names.")
        var script: String?

        @Flag(help: "Rewrite the expectations of failing transcripts from the current script (after showing the diff).")
        var update = false

        @Flag(help: "Print each transcript as a readable conversation instead of replaying it.")
        var show = false

        @Flag(help: "Report which nodes and routes of each script the transcripts reached.")
        var coverage = false

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            let style = TerminalStyle.detect(for: STDOUT_FILENO, noColorFlag: false)
            var session = ReplaySession(printer: printer, style: style, scriptOverride: script, update: update)
            for file in TranscriptPaths.expand(paths) {
                guard case .success(let path) = file else {
                    if case .failure(let error) = file { printer.print(error.message) }
                    session.couldNotRun = true
                    continue
                }
                if show { session.show(path) } else { session.replay(path) }
            }
            if show { if session.couldNotRun { throw ExitCode(2) }; return }
            if coverage { for report in session.coverageReports { print(report) } }
            print(
                update
                    ? "\(session.passed) passed, \(session.updated) updated, \(session.failed) failed"
                    : "\(session.passed) passed, \(session.failed) failed")
            if session.couldNotRun { throw ExitCode(2) }
            if session.failed > 0 { throw ExitCode(1) }
        }
    }
}
