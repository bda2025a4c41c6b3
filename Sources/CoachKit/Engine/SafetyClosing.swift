/// What the coach says when a conversation in which danger came up comes to an end.
// TODO(safety-data): move to Dialogue/Safety/responses.json
enum SafetyClosing {
    /// Said before the resources are listed again, at the end node or on leaving early.
    static let reminder = "One more thing before you go, because of what you shared earlier."
}
