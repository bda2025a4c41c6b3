import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach chat [SCRIPT]`: talk with the coach.
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            // NB: named here (as every subcommand is), not derived from the type name: deriving
            // it costs a reflection call, 13% of the instructions before the first prompt.
            commandName: "chat",
            abstract: "Talk with the coach (the default when no subcommand is given).",
            discussion: "Type /help during the chat for its commands. Piped input is read a line at a time.")

        @OptionGroup var scriptArgument: ScriptArgument

        @Option(help: "Seed for the coach's choice of wording, to repeat a conversation exactly.")
        var seed: UInt64?

        @Flag(help: "Never colour the output (NO_COLOR does the same).")
        var noColor = false

        @Option(help: "Record the conversation to this new file as it happens (readable only by you).")
        var transcript: String?

        @Flag(help: "Continue the last unfinished conversation with this script, exactly where it stopped.")
        var resume = false

        @Option(
            help: ArgumentHelp(
                "What the history file keeps for later chats: only slash commands (the default), all lines, or no file.",
                discussion:
                    "COACH_HISTORY=all|commands|none does the same. The up arrow recalls this chat's own lines in any mode.",
                valueName: "mode"))
        var history: HistoryMode?

        func run() throws {
            let style = TerminalStyle.detect(for: STDOUT_FILENO, noColorFlag: noColor)
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: noColor))
            // NB: the safety layer compiles on another core while this one loads the script;
            // together they are most of the time before the first prompt.
            let safety = BackgroundWork { Result { () throws(SafetyDataError) in try SafetyLayer() } }
            let validated = try scriptArgument.source.load(printer: printer)
            let engine = Engine(script: validated, safety: try safety.wait()?.get() ?? SafetyLayer())
            var recording: TranscriptSink?
            if let transcript {
                switch TranscriptFile.create(transcript) {
                case .success(let sink): recording = sink
                case .failure(let error):
                    // NB: a place to save that fails must not stop someone from talking.
                    printer.print("warning: \(error.message); the chat goes on without recording it")
                }
            }
            let isInteractive = isatty(STDIN_FILENO) == 1
            let reader: LineReader = isInteractive ? readlineReader(printer: printer) : PlainLineReader()
            let output = ChatOutput(style: style, isInteractive: isInteractive)
            let directory = SessionStore.standardDirectory
            var store: SessionStore?
            // Without its locks the saved conversation is neither offered nor saved (said why).
            // NB: a lock taken is held until the process ends; the kernel releases it however it ends.
            var lockedOut = false
            if let directory {
                lockedOut = !Self.lockConversation(
                    in: directory, scriptID: engine.script.script.id, output: output, printer: printer)
            }
            if !lockedOut, let directory {
                switch SessionStore.open(directory: directory) {
                case .success(let opened):
                    store = opened.store
                    if let notice = opened.notice { output.notice(notice) }
                case .failure(let failure):
                    printer.print("warning: cannot open the saved conversations (\(failure)); this chat goes on without saving")
                    lockedOut = true
                }
            }
            let choice =
                lockedOut
                ? ResumeOffer.Choice()
                : ResumeOffer(store: store, engine: engine, output: output, reader: reader).choice(requested: resume)
            let session = ChatSession(
                engine: engine, scriptPath: scriptArgument.script, printer: printer, reader: reader, output: output,
                seed: seed ?? UInt64.random(in: 0...UInt64.max), recording: recording, store: store, resuming: choice.saved)
            let code = session.run(first: choice.pendingLines)
            // NB: everything the chat keeps is on disk by now (history, session and transcript are
            // written as each turn happens), so the process ends here instead of first taking
            // apart the engine and its compiled patterns, a tenth of the work of a short run.
            session.close()
            Glibc.exit(code)
        }

        /// Takes the store's shared lock and the conversation's own; says why and returns false
        /// when either is held elsewhere or cannot be taken.
        private static func lockConversation(
            in directory: String, scriptID: String, output: ChatOutput, printer: DiagnosticPrinter
        ) -> Bool {
            let problem: SessionLock.Problem
            if let folder = PrivateFiles.prepareDirectory(directory) {
                printer.print("warning: cannot keep saved conversations (\(folder)); this chat goes on without saving")
                return false
            }
            switch SessionLock.shareStore(in: directory) {
            case .failure(.held):
                output.notice(
                    "coach forget is deleting what Coach keeps (in another window), so this chat neither resumes nor saves a conversation: we can talk here without saving."
                )
                return false
            case .failure(let other):
                problem = other
            case .success:
                switch SessionLock.acquire(in: directory, scriptID: scriptID) {
                case .success: return true
                case .failure(let other): problem = other
                }
            }
            switch problem {
            case .held:
                output.notice(
                    "This conversation is open in another Coach window, so this chat neither resumes nor saves it: we can talk here without saving. Close the other window to go on with that conversation."
                )
            case .unavailable(let reason):
                printer.print("warning: cannot lock the saved conversation (\(reason)); this chat goes on without saving")
            }
            return false
        }

        /// Readline with the history file this chat's `HistoryMode` allows.
        private func readlineReader(printer: DiagnosticPrinter) -> ReadlineLineReader {
            let commands = ChatSession.commands.map(\.name)
            let choice = HistoryMode.chosen(option: history, environment: Environment.value(of: HistoryMode.environmentVariable))
            if let warning = choice.warning { printer.print("warning: \(warning)") }
            switch HistoryFile.prepare(mode: choice.mode, commands: commands) {
            case .success(let file):
                return ReadlineLineReader(history: file, completions: commands)
            case .failure(let problem):
                // NB: never fall back to reading the file as it is: it may hold answers.
                printer.print("warning: \(problem.message); this chat keeps no history, and coach forget deletes the file")
                return ReadlineLineReader(history: nil, completions: commands)
            }
        }
    }
}
