extension Engine {
    /// The question a global route asks when it is not sure it was meant.
    func confirmation(for intent: String) -> String? {
        script.script.globalRoutes.first { $0.intent.value == intent && $0.confirm != nil }?.confirm?.value
    }

    /// A reply that may mean a global intent: ask first, when the route says how.
    /// - Returns: false when there is no question to ask or the intent leads nowhere from here;
    ///   the reply is then read as if the global intent had not been heard, since acting on
    ///   something the coach is not sure of (ending the chat) would lose the person's words.
    func confirm(_ intent: String, reply: String, at node: Node, _ step: inout Step) -> Bool {
        guard target(for: intent, at: node, step.state) != nil, let question = confirmation(for: intent) else { return false }
        step.events.append(.confirming(intent))
        step.state.phase = .awaitingConfirmation(node: node.id, intent: intent)
        step.say(.say, render(question, step.state))
        return true
    }

    /// Reads the answer to "Shall we stop here?": yes or stop acts on the
    /// intent, no or "keep going" asks the question again, and anything else is taken as the
    /// answer to the question the coach asked before.
    func answerConfirmation(_ text: String, words: [TextNormalizer.Word], intent: String, at node: Node, _ step: inout Step) {
        let reader = safety.responses.reader
        let yesOrNo = reader.read(text, safeAnswer: .yes)
        let choice = reader.readChoice(text)
        step.state.phase = .awaitingReply(node: node.id)
        // NB: yes or no answers the question asked ("Shall we stop here?"); only a reply that is
        // neither is read as a choice between going on and stopping ("keep going", "stop").
        let acts = yesOrNo == .yes || (yesOrNo != .no && choice == .stop)
        let goesOn = yesOrNo == .no || (yesOrNo != .yes && choice == .goOn)
        if acts, let target = target(for: intent, at: node, step.state) {
            step.events.append(.choseIntent(intent, score: 0))
            move(to: target, answering: node, with: nil, intent: intent, captures: [], leaving: true, &step)
        } else if goesOn {
            repeatQuestion(node, &step)
        } else {
            answer(text, words: words, at: node, &step)
        }
    }
}
