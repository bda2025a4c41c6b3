import CoachKit
import FoundationEssentials
import Glibc

/// The chat loop: read a line, hand it to the engine (or handle a front-end command), show the
/// answer. It owns no conversation logic; the engine does.
final class ChatSession {
    private var engine: Engine
    /// The script file, for /reload; nil for the built-in script.
    private let scriptPath: String?
    private let printer: DiagnosticPrinter
    private let reader: LineReader
    private let output: ChatOutput
    private var state: ConversationState
    private var recorder: TranscriptRecorder
    /// Where the conversation is written as it happens (`--transcript`), if anywhere.
    private var recording: TranscriptSink?
    /// Where the conversation in progress is kept for `--resume`, if anywhere.
    private let store: SessionStore?
    private var hasReportedSaveFailure = false
    /// Text recorded but not yet appended to the session's transcript file.
    private var unsavedTranscript = ""
    /// A turn's commit failed and no later one has succeeded: the chat tries once more as it closes.
    private var hasFailedCommit = false
    /// False until the first turn: a new chat replaces an old saved one only once it is answered.
    private var hasSessionFile = false

    /// Slash commands the chat understands, for /help and tab completion.
    static let commands: [(name: String, help: String)] = [
        ("/help", "show this list"),
        ("/back", "go back to the previous question"),
        ("/restart", "start again from the beginning"),
        ("/where", "say which step of which path we are on"),
        ("/journal", "show the answers you have written so far"),
        ("/resources", "show crisis lines and other help, at any time"),
        ("/save", "save the conversation so far to a new file: /save [FILE]"),
        ("/save!", "save it over a file that exists: /save! FILE"),
        ("/reload", "reload the script from disk, keeping your place (for authors)"),
        ("/quit", "leave (Ctrl-D works too)"),
    ]

    init(
        engine: Engine, scriptPath: String?, printer: DiagnosticPrinter, reader: LineReader, output: ChatOutput,
        seed: UInt64, recording: TranscriptSink?, store: SessionStore?,
        resuming saved: (session: SavedSession, transcript: Transcript, text: String)? = nil
    ) {
        self.engine = engine
        self.scriptPath = scriptPath
        self.printer = printer
        self.reader = reader
        self.output = output
        self.recording = recording
        self.store = store
        if let saved, let welcome = ChatSession.welcomeBack(engine, saved.session, store: store, output) {
            // NB: with a store, the turns so far are read back from it for /save, never held.
            recorder = TranscriptRecorder(continuing: saved.transcript, keepsTurns: store == nil)
            // NB: the welcome's state, not the saved one: a conversation stopped after a safety
            // response comes back awaiting the reply to its question.
            state = welcome.state
            hasSessionFile = true
            // The session file has this text already; only a new --transcript file needs it.
            writeRecording(saved.text)
            output.show(welcome.messages)
            return
        }
        recorder = TranscriptRecorder(script: engine.script.script, seed: seed)
        recorder.keepsTurns = store == nil
        let opening = engine.start(seed: seed)
        state = opening.state
        output.show(opening.messages)
        write(recorder.recordOpening(opening))
    }

    /// The welcome back to a saved conversation, or nil (said why) when the engine cannot resume it.
    /// The saved files are moved aside first, so the new conversation cannot overwrite them.
    private static func welcomeBack(_ engine: Engine, _ saved: SavedSession, store: SessionStore?, _ output: ChatOutput)
        -> Turn?
    {
        do {
            return try engine.resume(saved.state)
        } catch {
            let kept = store.map { " " + $0.setAsideSayingWhere(scriptID: saved.scriptID) } ?? ""
            output.notice("The saved conversation cannot be continued: \(error.description).\(kept) Let's begin a new one.")
            return nil
        }
    }

    /// Closes the store, so its log is folded into the database and removed before the process
    /// ends. A turn whose commit failed (a disk that was full) is tried once more first, so the
    /// last answer is kept when there is room again by then.
    func close() {
        // NB: a finished conversation's last commit is closeFinished's, which says how it went.
        if hasFailedCommit, state.phase.node != nil { persist() }
        store?.close()
    }

    /// Runs until the conversation ends, the person quits, or input ends. Returns the exit code.
    /// - Parameter first: lines already typed (at the resume offer), read before any other.
    func run(first: [String] = []) -> Int32 {
        for line in first {
            if state.phase.isOver { return 0 }
            // NB: shown again after the welcome back, so the answer that follows has its line.
            output.echo(line)
            if handle(line) == .quit { return 0 }
        }
        while true {
            if state.phase.isOver { return 0 }
            switch reader.readLine(prompt: reader.isInteractive ? output.style.bold(output.style.green("You: ")) : "") {
            case .endOfInput:
                if reader.isInteractive { output.write("\n") }
                sayGoodbye()
                return 0
            case .interrupted(let hadText):
                if !hadText {
                    output.write("\n")
                    sayGoodbye()
                    return 0
                }
            case .line(let line):
                reader.remember(line)
                if !reader.isInteractive { output.echo(line) }
                if handle(line) == .quit { return 0 }
            }
        }
    }

    private enum Outcome { case goOn, quit }

    /// Leaving before the end: the resources once more if danger came up, then goodbye.
    private func sayGoodbye() {
        output.show(engine.farewell(state))
        output.notice("Goodbye for now. Take care of yourself.")
    }

    private func handle(_ line: String) -> Outcome {
        guard let command = SlashCommand(parsing: line) else { return step(.reply(line), typed: line) }
        let trimmed = line.trimmingWhitespace()
        if let engineCommand = command.engineCommand { return step(.command(engineCommand), typed: trimmed) }
        write(recorder.record(input: trimmed, turn: nil))
        switch command.action {
        case .quit:
            sayGoodbye()
            return .quit
        case .help:
            output.notice(
                ChatSession.commands.map { "  \($0.name)\(String(repeating: " ", count: max(1, 11 - $0.name.count)))\($0.help)" }
                    .joined(separator: "\n"))
        case .save(replacing: false):
            save(to: command.argument, replacing: false)
        case .save(replacing: true):
            guard let file = command.argument else {
                output.notice("Give the file to replace: /save! FILE. (/save alone saves to a new file.)")
                break
            }
            save(to: file, replacing: true)
        case .reload:
            reload()
        case .engine:
            break  // NB: handled above, before the line is recorded without a turn.
        case .unknown:
            let suggestion =
                closestMatch(to: command.name, in: ChatSession.commands.map(\.name)).map { " Did you mean \($0)?" } ?? ""
            output.notice("I don't know the command \(command.name).\(suggestion) Type /help to see them all.")
        }
        return .goOn
    }

    private func step(_ input: UserInput, typed: String) -> Outcome {
        do {
            let turn = try engine.respond(to: input, in: state)
            state = turn.state
            // NB: saved before it is shown, so a kill between the two can never lose a turn the
            // person has seen.
            write(recorder.record(input: typed, turn: turn))
            persist()
            output.show(turn.messages)
            if case .finished = state.phase { closeFinished() }
        } catch {
            output.notice(error.description)
        }
        return .goOn
    }

    /// Saves the conversation for `--resume` after every turn, the turn's transcript and state in
    /// one transaction. A finished conversation is saved too, until `closeFinished` asks what to
    /// keep; one stopped after a safety response or left part-way is not finished: it stays, to
    /// be resumed.
    private func persist() {
        guard let store else { return }
        let session = SavedSession(script: engine.script.script, scriptPath: scriptPath, state: state)
        if let problem = store.commit(session, transcript: unsavedTranscript, fresh: !hasSessionFile) {
            hasFailedCommit = true
            if !hasReportedSaveFailure {
                hasReportedSaveFailure = true
                output.notice(
                    "Could not save your place for next time (\(problem)); the chat goes on, and the next turn tries again.")
            }
            return
        }
        unsavedTranscript = ""
        hasSessionFile = true
        hasFailedCommit = false
    }

    /// The conversation reached its end: its journal is kept if the person wants it (asked at a
    /// terminal; a piped chat keeps nothing), and nothing is left to resume, in one transaction.
    private func closeFinished() {
        guard let store else { return }
        let script = engine.script.script
        let entries = engine.journal(state)
        let journal =
            !entries.isEmpty && askToKeepJournal()
            ? SavedJournal(scriptID: script.id, title: script.title, finished: Int64(time(nil)), entries: entries) : nil
        switch store.finish(scriptID: script.id, journal: journal) {
        case .success(let number?):
            output.notice(
                "Your journal is kept on this computer as journal \(number): `coach journal \(number)` shows it again, `coach journal --delete \(number)` deletes it, and `coach forget` deletes everything."
            )
        case .success(nil):
            if !entries.isEmpty {
                output.notice("Your journal is not kept: Coach keeps no journal of this conversation.")
            }
        case .failure(let failure):
            output.notice(
                "Your journal could not be kept (\(failure)). The conversation stays saved as it ended, and nothing of it will be offered again."
            )
        }
    }

    /// Asks whether to keep the journal; only a plain yes keeps it. Danger typed here is answered
    /// first (its acknowledgement and the resources), and Ctrl-C clears the line as it does
    /// everywhere in the chat; Ctrl-D means no.
    private func askToKeepJournal() -> Bool {
        guard reader.isInteractive else { return false }
        while true {
            switch reader.readLine(prompt: "Keep your journal on this computer, to read again with `coach journal`? [y/N] ") {
            case .line(let line):
                if let danger = engine.safety.assess(line) {
                    answerDanger(danger)
                    continue
                }
                let word = line.trimmingWhitespace().lowercased()
                return word == "y" || engine.safety.responses.reader.read(word, safeAnswer: .yes) == .yes
            case .interrupted:
                output.write("\n")
            case .endOfInput:
                return false
            }
        }
    }

    /// After the end, danger still gets its acknowledgement and the resources.
    private func answerDanger(_ danger: SafetyAssessment) {
        if let acknowledgement = engine.safety.responses.categories[danger.category]?.acknowledgement {
            output.show([CoachMessage(.safety, acknowledgement)])
        }
        do {
            output.show(try engine.respond(to: .command(.resources), in: state).messages)
        } catch {
            // NB: /resources is answered in every phase; should that change, the line below still points there.
            output.notice("Type /resources in a new chat, or call your local emergency number now.")
        }
    }

    /// Loads the script again from disk. The conversation stays where it is when its node still
    /// exists; a script with errors is reported and the old one kept.
    private func reload() {
        guard let scriptPath else {
            output.notice(
                "This chat runs the built-in script, which cannot be reloaded; run coach with a script file to use /reload.")
            return
        }
        guard let validated = try? ScriptSource(path: scriptPath).load(printer: printer),
            let reloaded = try? Engine(script: validated)
        else {
            output.notice("The script was not reloaded; the chat goes on with the version loaded before.")
            return
        }
        engine = reloaded
        if let node = state.phase.node, validated.node(node) == nil {
            output.notice("Reloaded \(scriptPath). The node '\(node)' is gone, so we start again from the beginning.")
            // NB: a restart opens the script again and never ends the chat, so its outcome is moot.
            _ = step(.command(.restart), typed: "/restart")
        } else {
            output.notice("Reloaded \(scriptPath); we carry on from the same place.")
            // NB: shown, not recorded: the transcript keeps what the conversation said.
            output.show(reloaded.currentMessages(state))
        }
    }

    /// Appends to the live recording and queues it for the session's transcript; a failure is
    /// said once and the chat goes on.
    private func write(_ text: String) {
        unsavedTranscript += text
        writeRecording(text)
    }

    private func writeRecording(_ text: String) {
        guard let sink = recording else { return }
        if case .failure(let error) = sink.append(text) {
            output.notice("Saving the transcript failed (\(error.message)); the chat goes on, and /save FILE can try elsewhere.")
            recording = nil
        }
    }

    private func save(to requested: String?, replacing: Bool) {
        let text: String
        if let store, hasSessionFile {
            // The store holds every committed turn; what it lacks is still queued to commit.
            do {
                text = (try store.transcript(scriptID: engine.script.script.id) ?? "") + unsavedTranscript
            } catch {
                output.notice("Could not read the conversation so far (\(error)). The chat goes on.")
                return
            }
        } else {
            text = store == nil ? recorder.transcript.render() : unsavedTranscript
        }
        switch TranscriptFile.save(text, to: requested, replacing: replacing) {
        case .success(let path): output.notice("Saved the conversation so far to \(path) (readable only by you).")
        case .failure(let error): output.notice("Could not save the conversation: \(error.message). The chat goes on.")
        }
    }
}
