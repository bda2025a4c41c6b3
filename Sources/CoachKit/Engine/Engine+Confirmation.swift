extension Engine {
    /// The question a global route asks when it is not sure it was meant.
    func confirmation(for intent: String) -> String? {
        script.script.globalRoutes.first { $0.intent.value == intent && $0.confirm != nil }?.confirm?.value
    }

    /// A reply that may mean a global intent: ask first, when the route says how; without a
    /// question to ask, act on it as the patterns alone would have.
    /// - Returns: false when the intent leads nowhere from here.
    func confirm(_ intent: String, reply: String, at node: Node, _ step: inout Step) -> Bool {
        guard let target = target(for: intent, at: node, step.state) else { return false }
        guard let question = confirmation(for: intent) else {
            step.events.append(.choseIntent(intent, score: 0))
            move(to: target, answering: node, with: nil, intent: intent, captures: [], &step)
            return true
        }
        step.events.append(.confirming(intent))
        step.state.phase = .awaitingConfirmation(node: node.id, intent: intent)
        step.say(.say, render(question, step.state))
        return true
    }

    /// Reads the answer to "Would you like to stop here for today?": yes or stop acts on the
    /// intent, no or "keep going" asks the question again, and anything else is taken as the
    /// answer to the question the coach asked before.
    func answerConfirmation(_ text: String, words: [TextNormalizer.Word], intent: String, at node: Node, _ step: inout Step) {
        let reader = safety.responses.reader
        let choice = reader.readChoice(text)
        let yesOrNo = reader.read(text, safeAnswer: .yes)
        step.state.phase = .awaitingReply(node: node.id)
        if choice == .stop || (choice == .unclear && yesOrNo == .yes), let target = target(for: intent, at: node, step.state) {
            step.events.append(.choseIntent(intent, score: 0))
            move(to: target, answering: node, with: nil, intent: intent, captures: [], &step)
        } else if choice == .goOn || yesOrNo == .no {
            repeatQuestion(node, &step)
        } else {
            answer(text, words: words, at: node, &step)
        }
    }
}
