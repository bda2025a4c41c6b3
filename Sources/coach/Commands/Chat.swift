import ArgumentParser
import CoachKit
import Foundation

extension Coach {
    /// `coach chat [SCRIPT]`: talk with the coach.
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Talk with the coach (the default when no subcommand is given).",
            discussion: "Type /help during the chat for its commands. Piped input is read a line at a time.")

        @Argument(help: "A dialogue script (.json). Omit it for the built-in trust script.")
        var script: String?

        @Option(help: "Seed for the coach's choice of wording, to repeat a conversation exactly.")
        var seed: UInt64?

        @Flag(help: "Never colour the output (NO_COLOR does the same).")
        var noColor = false

        func run() throws {
            let style = TerminalStyle.detect(for: STDOUT_FILENO, noColorFlag: noColor)
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: noColor))
            let validated = try ScriptSource(path: script).load(printer: printer)
            let engine = try Engine(script: validated)
            let isInteractive = isatty(STDIN_FILENO) == 1
            let reader: LineReader = isInteractive
                ? ReadlineLineReader(historyPath: PrivateFiles.historyPath, completions: ChatSession.commands.map(\.name))
                : PlainLineReader()
            let session = ChatSession(
                engine: engine, reader: reader, output: ChatOutput(style: style, isInteractive: isInteractive),
                seed: seed ?? UInt64.random(in: 0...UInt64.max))
            let code = session.run()
            if code != 0 { throw ExitCode(code) }
        }
    }
}
