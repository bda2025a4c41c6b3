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

        @Option(help: "Record the conversation to this new file as it happens (readable only by you).")
        var transcript: String?

        func run() throws {
            let style = TerminalStyle.detect(for: STDOUT_FILENO, noColorFlag: noColor)
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: noColor))
            let validated = try ScriptSource(path: script).load(printer: printer)
            let engine = try Engine(script: validated)
            var recording: TranscriptSink?
            if let transcript {
                switch TranscriptFile.create(transcript) {
                case .success(let sink): recording = sink
                case .failure(let error):
                    printer.print("error: \(error.message)")
                    throw ExitCode(2)
                }
            }
            let isInteractive = isatty(STDIN_FILENO) == 1
            let reader: LineReader = isInteractive
                ? ReadlineLineReader(historyPath: PrivateFiles.historyPath, completions: ChatSession.commands.map(\.name))
                : PlainLineReader()
            let session = ChatSession(
                engine: engine, scriptPath: script, printer: printer, reader: reader, output: ChatOutput(style: style, isInteractive: isInteractive),
                seed: seed ?? UInt64.random(in: 0...UInt64.max), recording: recording)
            let code = session.run()
            if code != 0 { throw ExitCode(code) }
        }
    }
}
