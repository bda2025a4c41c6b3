/// A conversation as it is saved between runs, so `coach chat --resume` continues exactly where
/// the person left off: after a quit, a closed terminal, a kill or a crash.
public struct SavedSession: Codable, Equatable, Sendable {
    /// 1: the first version.
    public static let currentFormatVersion = 1

    public var formatVersion = SavedSession.currentFormatVersion
    public var scriptID: String
    public var scriptVersion: String
    /// The script file the chat ran, or nil for the built-in script.
    public var scriptPath: String?
    public var state: ConversationState
    /// The conversation so far, in the transcript format, so /save and --transcript go on with it.
    public var transcript: String

    public init(script: DialogueScript, scriptPath: String?, state: ConversationState, transcript: String) {
        scriptID = script.id
        scriptVersion = script.version
        self.scriptPath = scriptPath
        self.state = state
        self.transcript = transcript
    }

    /// Whether a saved conversation can go on with a script, and if not why.
    public enum Fit: Equatable, Sendable {
        case resumable
        /// It already ended; there is nothing to continue.
        case finished
        /// It belongs to another script.
        case otherScript(String)
        /// The script changed and no longer has the node the conversation waits at.
        case missingNode(String)
        /// It was saved by a newer Coach.
        case unsupportedVersion(Int)
    }

    public func fit(with script: ValidatedScript) -> Fit {
        guard formatVersion <= SavedSession.currentFormatVersion, state.formatVersion <= ConversationState.currentFormatVersion else {
            return .unsupportedVersion(max(formatVersion, state.formatVersion))
        }
        guard scriptID == script.script.id else { return .otherScript(scriptID) }
        guard let node = state.phase.node else { return .finished }
        return script.node(node) == nil ? .missingNode(node) : .resumable
    }
}
