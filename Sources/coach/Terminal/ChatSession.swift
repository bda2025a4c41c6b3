import CoachKit
import Foundation

/// The chat loop: read a line, hand it to the engine (or handle a front-end command), show the
/// answer. It owns no conversation logic; the engine does.
final class ChatSession {
    private let engine: Engine
    private let reader: LineReader
    private let output: ChatOutput
    private var state: ConversationState
    private var transcript: Transcript

    /// Slash commands the chat understands, for /help and tab completion.
    static let commands: [(name: String, help: String)] = [
        ("/help", "show this list"),
        ("/back", "go back to the previous question"),
        ("/restart", "start again from the beginning"),
        ("/where", "say which step of which path we are on"),
        ("/journal", "show the answers you have written so far"),
        ("/resources", "show crisis lines and other help, at any time"),
        ("/save", "save the conversation so far to a file: /save [FILE]"),
        ("/quit", "leave (Ctrl-D works too)"),
    ]

    init(engine: Engine, reader: LineReader, output: ChatOutput, seed: UInt64) {
        self.engine = engine
        self.reader = reader
        self.output = output
        let script = engine.script.script
        transcript = Transcript(scriptID: script.id, scriptVersion: script.version, seed: seed)
        let opening = engine.start(seed: seed)
        state = opening.state
        show(opening.messages)
    }

    /// Runs until the conversation ends, the person quits, or input ends. Returns the exit code.
    func run() -> Int32 {
        while true {
            if case .finished = state.phase { return 0 }
            switch reader.readLine(prompt: reader.isInteractive ? output.style.bold(output.style.green("You: ")) : "") {
            case .endOfInput:
                if reader.isInteractive { output.write("\n") }
                output.notice("Goodbye for now. Take care of yourself.")
                return 0
            case .interrupted(let hadText):
                if !hadText {
                    output.write("\n")
                    output.notice("Goodbye for now. Take care of yourself.")
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

    private func handle(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/") else {
            transcript.entries.append(.user(line))
            return step(.reply(line))
        }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        transcript.entries.append(.command(trimmed))
        switch name {
        case "/quit", "/exit":
            output.notice("Goodbye for now. Take care of yourself.")
            return .quit
        case "/help":
            output.notice(ChatSession.commands.map { "  \($0.name.padding(toLength: 11, withPad: " ", startingAt: 0))\($0.help)" }
                .joined(separator: "\n"))
        case "/save":
            save(to: parts.count > 1 ? parts[1] : nil)
        default:
            if let command = EngineCommand(rawValue: String(name.dropFirst())) { return step(.command(command)) }
            let suggestion = closestMatch(to: name, in: ChatSession.commands.map(\.name)).map { " Did you mean \($0)?" } ?? ""
            output.notice("I don't know the command \(name).\(suggestion) Type /help to see them all.")
        }
        return .goOn
    }

    private func step(_ input: UserInput) -> Outcome {
        do {
            let turn = try engine.respond(to: input, in: state)
            state = turn.state
            show(turn.messages)
        } catch {
            output.notice(error.description)
        }
        return .goOn
    }

    private func show(_ messages: [CoachMessage]) {
        transcript.record(messages)
        output.show(messages)
    }

    private func save(to requested: String?) {
        switch TranscriptFile.save(transcript, to: requested) {
        case .success(let path): output.notice("Saved the conversation so far to \(path) (readable only by you).")
        case .failure(let error): output.notice("Could not save the conversation: \(error.message). The chat goes on.")
        }
    }
}
