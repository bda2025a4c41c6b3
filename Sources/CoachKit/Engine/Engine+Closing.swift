extension Engine {
    /// What the coach says when the person leaves before the end (`/quit`, Ctrl-D): once the
    /// safety layer has responded in this conversation, the resources again; otherwise nothing.
    ///
    ///     engine.farewell(state)  // [] after an ordinary chat
    ///
    /// - Parameter state: the conversation being left.
    /// - Returns: the messages to show before the front end's goodbye.
    public func farewell(_ state: ConversationState) -> [CoachMessage] {
        var step = Step(state: state)
        remindOfResources(&step)
        return step.messages
    }

    /// Repeats the resources for what came up, so a conversation in which danger came up never
    /// ends on the script's goodbye alone.
    func remindOfResources(_ step: inout Step) {
        guard !step.state.safetyCategories.isEmpty else { return }
        step.say(.safety, safety.responses.closingReminder)
        sayResources(for: step.state.safetyCategories, &step)
    }
}
