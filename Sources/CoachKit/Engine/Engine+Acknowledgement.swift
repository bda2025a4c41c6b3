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
    /// - Returns: the wording, unrendered (it is rendered once the answer is saved), and the
    ///   gaps of its intent's match as typed, for `{{1}}`.
    func acknowledgement(
        of words: [TextNormalizer.Word], typed text: String, at node: Node, _ step: inout Step
    ) -> (message: String?, captures: [String]) {
        guard let rules = node.ask?.acknowledge, !rules.isEmpty else { return (nil, []) }
        let scopes = script.acknowledgementScopes(at: node.id)
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
        guard let chosen, !chosen.rule.variants.isEmpty else { return (nil, []) }
        let variants = chosen.rule.variants
        let index = variantIndex(of: variants.count, chosen.rule.order, list: "\(node.id)/acknowledge/\(chosen.place)", &step)
        return (variants[index].value, chosen.captures)
    }
}
