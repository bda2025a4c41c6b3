extension Engine {
    /// What an open question says on hearing its answer (`ask.acknowledge`): the first rule whose
    /// intent the answer is read as, else the rule without an intent, else nothing; one of its
    /// wordings, chosen by the seeded generator when it has several.
    /// - Returns: the wording, unrendered (it is rendered once the answer is saved), and the
    ///   gaps of its intent's match, for `{{1}}`.
    func acknowledgement(
        of words: [TextNormalizer.Word], at node: Node, _ step: inout Step
    ) -> (message: String?, captures: [String]) {
        guard let rules = node.ask?.acknowledge, !rules.isEmpty else { return (nil, []) }
        var chosen = rules.last { $0.intent == nil }
        var captures: [String] = []
        if let scope = script.acknowledgementScope(at: node.id) {
            let classification = script.classifier.classify(words: words, in: scope)
            let heard: [String] =
                switch classification.outcome {
                case .intent(let intent): [intent]
                // NB: two intents close together: the rule listed first decides, as the author ordered them.
                case .clarify(let candidates): candidates
                case .confirm, .fallback: []
                }
            for rule in rules {
                guard let intent = rule.intent?.value, heard.contains(intent) else { continue }
                chosen = rule
                captures = classification.captures(of: intent)
                break
            }
        }
        guard let variants = chosen?.variants, !variants.isEmpty else { return (nil, []) }
        let index = variants.count == 1 ? 0 : Int.random(in: 0..<variants.count, using: &step.state.random)
        return (variants[index].value, captures)
    }
}
