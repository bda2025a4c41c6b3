/// What an open question says on hearing its answer, and what it keeps of it for later.
struct HeardAnswer {
    /// The wording, unrendered: it is rendered once the answer is saved.
    var message: String
    /// The gaps of the rule's match as typed, for `{{1}}`.
    var captures: [String]
    /// A line to keep, rendered once the answer is saved.
    var remember: Remembrance?
    /// The queue whose oldest line is said instead of `message`, when it holds one.
    var recall: String?
}

extension Engine {
    /// What an open question says on hearing its answer (`ask.acknowledge`): its rules are tried
    /// in order, each by its own intent alone, and the first the answer is read as speaks; else
    /// the rule without an intent; else nothing. One of the rule's wordings is said, chosen by the
    /// seeded generator when it has several.
    ///
    /// NB: in order and one at a time, as ELIZA ranked its keywords, rather than the best of all
    /// at once: a blaming "I cheated because she ignored me" must reach its rule before the
    /// whole-reply "I … cheated …" of the echo, which would otherwise keep the words as the longer
    /// match (red-team, this session).
    /// - Returns: nil when no rule hears the answer.
    func acknowledgement(
        of words: [TextNormalizer.Word], typed text: String, at node: Node, _ step: inout Step
    ) -> HeardAnswer? {
        guard let rules = node.ask?.acknowledge, !rules.isEmpty else { return nil }
        let scopes = script.acknowledgementScopes(at: node.id)
        var words = words
        if script.classifier.settings.clauses == .first, let everyRule = script.everyAcknowledgementScope(at: node.id) {
            // NB: the first clause that any rule hears, as ELIZA kept the first clause with a
            // keyword; each rule alone would otherwise find its own clause further on.
            if let clause = script.classifier.firstClause(holdingAMatchIn: words, in: everyRule) {
                words.removeAll { $0.clause != clause }
            }
        }
        var chosen: (rule: Acknowledgement, place: Int, captures: [String])?
        for (index, rule) in rules.enumerated() {
            guard let intent = rule.intent?.value else {
                chosen = (rule, index, [])
                break
            }
            guard index < scopes.count, let scope = scopes[index] else { continue }
            let classification = script.classifier.classify(words: words, in: scope)
            if case .intent(let heard) = classification.outcome, heard == intent {
                chosen = (rule, index, classification.typedCaptures(of: intent, in: text))
                break
            }
        }
        guard let chosen, !chosen.rule.variants.isEmpty else { return nil }
        let variants = chosen.rule.variants
        let index = variantIndex(of: variants.count, chosen.rule.order, list: "\(node.id)/acknowledge/\(chosen.place)", &step)
        return HeardAnswer(
            message: variants[index].value, captures: chosen.captures, remember: chosen.rule.remember,
            recall: chosen.rule.recall?.value)
    }

    /// Says what was heard, once the answer is saved and the captures set: the oldest line of
    /// the recalled queue when it holds one, else the wording; then keeps the line to remember.
    // NB: recall before remember, so a rule that does both never says back what it has just heard.
    func say(_ heard: HeardAnswer, _ step: inout Step) {
        if let queue = heard.recall, let line = step.state.recall(from: queue) {
            step.events.append(.recalled(queue: queue))
            step.say(.say, line)
        } else {
            step.say(.say, render(heard.message, step.state))
        }
        if let remembrance = heard.remember {
            step.state.remember(render(remembrance.line.value, step.state), in: remembrance.queue.value)
            step.events.append(.remembered(queue: remembrance.queue.value))
        }
    }
}
