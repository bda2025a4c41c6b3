import FoundationEssentials
import Glibc
import CoachKit

/// Decides whether a chat continues a saved conversation: always with `--resume`, and at a
/// terminal after asking, when one is waiting. It explains every case where it cannot.
struct ResumeOffer {
    let store: SessionStore?
    let engine: Engine
    let output: ChatOutput
    let reader: LineReader

    /// The saved conversation to continue, with its transcript so far, or nil to begin anew.
    func savedSession(requested: Bool) -> (session: SavedSession, transcript: String)? {
        guard let store else {
            if requested { output.notice("There is no state folder (HOME is not set), so there is nothing to resume.") }
            return nil
        }
        switch store.load(scriptID: engine.script.script.id) {
        case .failure(.none):
            if requested { output.notice("There is no unfinished conversation to resume, so let's begin a new one.") }
            return nil
        case .failure(.unreadable(let reason)):
            output.notice("\(reason). Let's begin a new one; the old file is replaced once you answer.")
            return nil
        case .success(let saved):
            switch saved.fit(with: engine.script) {
            case .resumable:
                guard let transcript = store.transcript(scriptID: saved.scriptID) else {
                    output.notice("The saved conversation's transcript is missing, so we start a new one.")
                    return nil
                }
                if requested || ask() { return (saved, transcript) }
                return nil
            case .finished:
                return nil
            case .otherScript(let id):
                output.notice("The saved conversation belongs to the script '\(id)', so we start a new one.")
            case .missingNode(let node):
                output.notice(
                    "The script has changed since your last conversation: the step you were at ('\(node)') is gone, so we start over. Your earlier answers are in the saved transcript if you need them."
                )
            case .unsupportedVersion(let version):
                output.notice("The saved conversation was written by a newer Coach (format \(version)), so we start a new one.")
            }
            return nil
        }
    }

    /// At a terminal, asks whether to continue; piped input never gets a question it did not expect.
    private func ask() -> Bool {
        guard reader.isInteractive else { return false }
        output.notice("You have an unfinished conversation from last time.")
        switch reader.readLine(prompt: "Continue where you left off? [Y/n] ") {
        case .line(let answer):
            let word = answer.trimmingWhitespace().lowercased()
            return word.isEmpty || word.hasPrefix("y")
        case .interrupted, .endOfInput:
            return false
        }
    }
}
