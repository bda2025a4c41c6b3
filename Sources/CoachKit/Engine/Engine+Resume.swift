extension Engine {
    /// What the node the conversation waits at says, as the script words it now; empty when it
    /// waits at no node. Shown after `/reload`, so an author sees the new wording at once.
    public func currentMessages(_ state: ConversationState) -> [CoachMessage] {
        guard case .awaitingReply(let id) = state.phase, let node = script.node(id) else { return [] }
        return arrival(node, state).map { CoachMessage(.say, $0) }
    }

    /// Picks a saved conversation up again: a short welcome, then the question it was waiting on,
    /// asked again in the form its phase expects.
    ///
    /// The returned state is the saved one, except that a conversation stopped after a safety
    /// response is awaiting the reply to its question again.
    /// - Throws: `EngineError.conversationFinished` for an ended conversation, `.unknownNode` when
    ///   the script no longer has the node.
    public func resume(_ state: ConversationState) throws(EngineError) -> Turn {
        guard let id = state.phase.node else { throw .conversationFinished }
        guard let node = script.node(id) else { throw .unknownNode(id) }
        var step = Step(state: state)
        step.say(.info, "Welcome back. Here is where we were.")
        switch state.phase {
        case .awaitingReply:
            for text in arrival(node, state) { step.say(.say, text) }
        case .stoppedAfterSafety, .left:
            // The person said stop, not "go on"; coming back is their way of saying it now.
            step.state.phase = .awaitingReply(node: id)
            for text in arrival(node, state) { step.say(.say, text) }
        case .awaitingClarification:
            if let clarify = node.ask?.clarify {
                step.say(.say, render(clarify.value, state))
            } else {
                repeatQuestion(node, &step)
            }
        case .awaitingConfirmation(_, let intent):
            if let question = confirmation(for: intent) {
                step.say(.say, render(question, state))
            } else {
                repeatQuestion(node, &step)
            }
        case .awaitingSafetyCheckIn(_, let category, _):
            step.say(.safety, safety.responses.response(for: category).checkIn)
        case .awaitingSafetyChoice:
            step.say(.safety, safety.responses.choice)
        case .finished:
            throw .conversationFinished
        }
        return step.turn
    }
}
