extension Engine {
    func run(_ command: EngineCommand, _ step: inout Step) throws(EngineError) {
        switch command {
        case .back: goBack(&step)
        case .restart: restart(&step)
        case .where: step.say(.info, whereAmI(step.state))
        case .journal: step.say(.info, journalReport(step.state))
        case .resources: sayResources(for: nil, &step)
        }
    }

    private func goBack(_ step: inout Step) {
        guard let snapshot = step.state.history.popLast() else {
            step.say(.info, "We're at the first question, so there's nothing to go back to.")
            return
        }
        step.state.restore(snapshot)
        guard let id = snapshot.phase.node, let node = script.node(id) else { return }
        step.say(.info, "Let's go back a step.")
        step.events.append(.reachedNode(id))
        for text in arrival(node, step.state) { step.say(.say, text) }
    }

    private func restart(_ step: inout Step) {
        let seed = step.state.random.next()
        var fresh = ConversationState(phase: .finished(.reachedEnd), seed: seed)
        fresh.turn = step.state.turn
        // Starting over clears the answers, not what was learnt about the person's safety.
        fresh.safetyCategories = step.state.safetyCategories
        step.state = fresh
        step.say(.info, "Let's start again from the beginning. Your earlier answers are cleared.")
        enter(script.script.start.value, &step)
    }

    /// "You're at: <stage>" from the current node or the last one with a stage.
    func whereAmI(_ state: ConversationState) -> String {
        let trail = state.history.compactMap(\.phase.node) + [state.phase.node].compactMap { $0 }
        let stage = trail.reversed().lazy.compactMap { self.script.node($0)?.stage }.first
        switch state.phase {
        case .finished:
            return "We've reached the end of this conversation. /restart begins again; /journal shows your answers."
        default:
            let place = stage ?? "the beginning"
            return
                "You're at: \(place). (\(state.history.count) question\(state.history.count == 1 ? "" : "s") answered so far; /back goes back one.)"
        }
    }

    /// The saved answers as a list, in the order they were given, a line each ("  - label: “…”");
    /// empty when nothing is saved.
    public func journal(_ state: ConversationState) -> String {
        state.answerOrder.compactMap { name in
            guard let answer = state.answers[name] else { return nil }
            let label = script.node(answer.node)?.ask?.journalLabel ?? name
            return "  - \(label): \u{201C}\(answer.text)\u{201D}"
        }.joined(separator: "\n")
    }

    func journalReport(_ state: ConversationState) -> String {
        let entries = journal(state)
        return entries.isEmpty
            ? "Your journal is empty so far. Your answers to the reflection questions will appear here."
            : "Your journal so far:\n" + entries
    }
}
