import FoundationEssentials
import Glibc
import CoachKit

/// Decides whether a chat continues a saved conversation: always with `--resume`, and at a
/// terminal after asking, when one is waiting. It explains every case where it cannot.
///
/// Someone who types their reply at the offer instead of answering it loses nothing: the reply
/// is kept for the chat to read first, and the safety layer hears it at once.
struct ResumeOffer {
    let store: SessionStore?
    let engine: Engine
    let output: ChatOutput
    let reader: LineReader

    /// What the chat begins with: the saved conversation to continue, with its transcript so
    /// far (nil to begin anew), and the lines typed at the offer that were not an answer to it.
    struct Choice {
        var saved: (session: SavedSession, transcript: Transcript, text: String)?
        var pendingLines: [String] = []
    }

    func choice(requested: Bool) -> Choice {
        var pending: [String] = []
        let saved = savedSession(requested: requested, pending: &pending)
        return Choice(saved: saved, pendingLines: pending)
    }

    /// The saved conversation to continue, with its transcript so far, or nil to begin anew.
    private func savedSession(requested: Bool, pending: inout [String])
        -> (session: SavedSession, transcript: Transcript, text: String)?
    {
        guard let store else {
            // NB: said without --resume too, or the person would believe their place is kept.
            let nothing = requested ? "there is nothing to resume, and " : ""
            output.notice(
                "There is no state folder (neither XDG_STATE_HOME nor HOME is set to a full path), so \(nothing)this conversation is not saved as it goes; /save FILE keeps a copy."
            )
            return nil
        }
        switch store.load(scriptID: engine.script.script.id) {
        case .failure(.none):
            if requested { output.notice("There is no unfinished conversation to resume, so let's begin a new one.") }
            return nil
        case .failure(.unreadable(let reason)):
            output.notice("\(reason). \(setAside()) Let's begin a new one.")
            return nil
        case .success(let saved):
            switch saved.fit(with: engine.script) {
            case .resumable:
                let found: String?
                do {
                    found = try store.transcript(scriptID: saved.scriptID)
                } catch {
                    output.notice(
                        "The saved conversation's transcript cannot be read (\(error)). \(setAside()) Let's begin a new one.")
                    return nil
                }
                guard let text = found else {
                    output.notice("The saved conversation's transcript is missing. \(setAside()) Let's begin a new one.")
                    return nil
                }
                let transcript: Transcript
                switch TranscriptParser.parse(text, fileName: "the saved transcript of '\(saved.scriptID)'") {
                case .success(let parsed): transcript = parsed
                case .failure(let error):
                    output.notice("The saved conversation cannot be continued: \(error). \(setAside()) Let's begin a new one.")
                    return nil
                }
                if requested || ask(keeping: &pending) { return (saved, transcript, text) }
                return nil
            case .finished:
                // A chat ended before its journal question was answered (closed or killed there):
                // no answer keeps nothing, and that is said.
                if case .failure(let failure) = store.finish(scriptID: saved.scriptID, journal: nil) {
                    output.notice("The last conversation, which had ended, could not be cleared (\(failure)).")
                } else {
                    output.notice("Your last conversation ended before you chose to keep its journal, so it was not kept.")
                }
                return nil
            case .otherScript(let id):
                output.notice("The saved conversation belongs to the script '\(id)', so we start a new one.")
            case .missingNode(let node):
                output.notice(
                    "The script has changed since your last conversation: the step you were at ('\(node)') is gone, so we start over. \(setAside())"
                )
            case .unsupportedVersion(let version):
                output.notice("The saved conversation was written by a newer Coach (format \(version)), so we start a new one.")
            }
            return nil
        }
    }

    /// Moves the saved conversation out of the way, so the new one cannot overwrite it, and
    /// says where it went.
    private func setAside() -> String {
        store?.setAsideSayingWhere(scriptID: engine.script.script.id) ?? ""
    }

    /// At a terminal, asks whether to continue; piped input never gets a question it did not expect.
    ///
    /// A line that is not a plain yes or no is a reply typed too soon: it is kept in `pending`,
    /// and the offer is made once more. A reply that signals danger is not made to wait for an
    /// answer about saved conversations: the chat continues (the offer's default) and reads it.
    private func ask(keeping pending: inout [String]) -> Bool {
        guard reader.isInteractive else {
            output.notice(
                "An unfinished conversation from last time is saved. This chat's input is not a terminal, so it begins a new one, which replaces that one at its first answer; coach --resume continues it instead."
            )
            return false
        }
        output.notice("You have an unfinished conversation from last time.")
        var prompt = "Continue where you left off? [Y/n] "
        while true {
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                // NB: danger first: "no, I'm not safe" is not a plain no to this question.
                let speaksOfDanger = engine.safety.assess(line) != nil
                if !speaksOfDanger, let answer = plainAnswer(line) { return answer }
                reader.remember(line)
                pending.append(line)
                if speaksOfDanger || pending.count > 1 { return true }
                output.notice("I'll read what you wrote next. First, so I know where we are:")
                prompt = "Continue the conversation from last time (y), or start a new one (n)? [Y/n] "
            case .interrupted, .endOfInput:
                // NB: no answer keeps the saved conversation (the offer's default); beginning a new
                // one would overwrite it with its first turn.
                return true
            }
        }
    }

    /// True for a plain yes (or nothing: the default), false for a plain no, nil for anything else.
    private func plainAnswer(_ line: String) -> Bool? {
        let word = line.trimmingWhitespace().lowercased()
        // NB: "y", "n" and "new" are this prompt's own words; the reader knows "y" only as "why".
        switch word {
        case "", "y": return true
        case "n", "new", "new one", "a new one", "start over", "start again", "restart", "begin again": return false
        default: break
        }
        switch engine.safety.responses.reader.read(word, safeAnswer: .yes) {
        case .yes: return true
        case .no: return false
        case .unclear: return nil
        }
    }
}
