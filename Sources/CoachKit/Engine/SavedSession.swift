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

    /// The transcript so far is kept beside the session, appended to turn by turn, so saving
    /// never costs more as a conversation grows.
    public init(script: DialogueScript, scriptPath: String?, state: ConversationState) {
        scriptID = script.id
        scriptVersion = script.version
        self.scriptPath = scriptPath
        self.state = state
        // A state read from an older file is written back in the shape this Coach writes.
        self.state.formatVersion = ConversationState.currentFormatVersion
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
        guard formatVersion <= SavedSession.currentFormatVersion, state.formatVersion <= ConversationState.currentFormatVersion
        else {
            return .unsupportedVersion(max(formatVersion, state.formatVersion))
        }
        guard scriptID == script.script.id else { return .otherScript(scriptID) }
        guard let node = state.phase.node else { return .finished }
        return script.node(node) == nil ? .missingNode(node) : .resumable
    }
}
