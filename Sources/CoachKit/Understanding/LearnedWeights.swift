/// The keyword weights a script's examples teach, one model per question and one per global
/// intent, trained when the script is compiled.
///
/// - A question is given a model when every intent it routes has examples there (the route's own
///   `examples` and the intent's); a question with any intent unexampled is routed by patterns
///   alone, since a model can never choose a label it has not seen. So is a question whose
///   model would pass `maximumWeights` (thousands of intents with examples at one question).
/// - A global intent with examples (such as leaving the chat) gets a yes-or-no model: its
///   examples against every other example in the script and its `counterExamples`.
public struct LearnedWeights: Sendable {
    /// One question's model.
    struct Question: Sendable {
        /// The node's own intents, by intent number, in the model's label order.
        let intents: [Int32]
        let weights: NaiveBayesWeights
    }

    /// One global intent's model: labels are the intent's name and "" (anything else).
    struct Global: Sendable {
        let intent: Int32
        let weights: NaiveBayesWeights
    }

    let questions: [String: Question]
    let globals: [Global]
    let features: ReplyFeatures

    /// No examples anywhere: the classifier works as before, by patterns alone.
    var isEmpty: Bool { questions.isEmpty && globals.isEmpty }

    /// How many examples the weights were trained on, counting each once.
    public let exampleCount: Int

    /// A digest of every weight of every model: two machines agree on it bit for bit.
    public var fingerprint: UInt64 {
        var hash: UInt64 = 0
        for node in questions.keys.sorted() {
            hash = hash &* 31 &+ (questions[node]?.weights.fingerprint ?? 0)
        }
        for global in globals { hash = hash &* 31 &+ global.weights.fingerprint }
        return hash
    }

    /// The share a global intent's yes-or-no model starts with, before a reply's words: one in ten,
    /// about what the trust script's examples gave when the share was counted from them (within
    /// 0.097 and 0.11 the development corpus routes alike), now fixed so that examples added at a
    /// question cannot move it.
    static let globalIntentShare = 0.1

    /// The most weights one model may hold (8 bytes each): a question's weights are one per
    /// feature and intent, so a question with thousands of intents would need gigabytes.
    static let maximumWeights = 4_000_000

    /// Whether a model of these examples stays within `maximumWeights`.
    private static func fits(_ examples: [(features: [UInt64], label: String)], labels: Int) -> Bool {
        var distinct = DigestTable(capacity: 1_024)
        for example in examples {
            for feature in example.features {
                _ = distinct.insert(feature)
                if distinct.count * labels > maximumWeights { return false }
            }
        }
        return true
    }

    /// Trains every model of a script.
    /// - Parameter textFeatures: a reply's features, read as the classifier reads replies (it
    ///   supplies the function, so training and classifying cannot drift apart).
    static func train(
        script: DialogueScript, intentNumbers: [String: Int32], features: ReplyFeatures,
        textFeatures extract: (String) -> [UInt64]
    ) -> LearnedWeights {
        // NB: the leaving model reads every example again; each is analysed once.
        var cache: [String: [UInt64]] = [:]
        func textFeatures(_ text: String) -> [UInt64] {
            if let known = cache[text] { return known }
            let found = extract(text)
            cache[text] = found
            return found
        }
        var questions: [String: Question] = [:]
        var seen = Set<String>()
        let intentExamples = Dictionary(
            script.intents.map { ($0.name, $0.examples.map(\.value)) }, uniquingKeysWith: { first, _ in first })
        for node in script.nodes {
            guard let ask = node.ask, !ask.routes.isEmpty else { continue }
            var intents: [String] = []
            var examples: [(features: [UInt64], label: String)] = []
            for route in ask.routes where !intents.contains(route.intent.value) {
                intents.append(route.intent.value)
            }
            var complete = true
            for intent in intents {
                let texts =
                    ask.routes.filter { $0.intent.value == intent }.flatMap { $0.examples.map(\.value) }
                    + (intentExamples[intent] ?? [])
                if texts.isEmpty { complete = false }
                for text in texts {
                    seen.insert(text)
                    examples.append((textFeatures(text), intent))
                }
            }
            guard complete, intents.count > 1, Self.fits(examples, labels: intents.count) else { continue }
            questions[node.id] = Question(
                intents: intents.compactMap { intentNumbers[$0] },
                weights: NaiveBayesWeights(examples: examples, labels: intents))
        }
        let everyExample =
            script.intents.flatMap { intent in intent.examples.map { ($0.value, intent.name) } }
            + script.nodes.flatMap { node in
                (node.ask?.routes ?? []).flatMap { route in route.examples.map { ($0.value, route.intent.value) } }
            }
        var globals: [Global] = []
        var globalNames: [String] = []
        for route in script.globalRoutes where !globalNames.contains(route.intent.value) {
            globalNames.append(route.intent.value)
        }
        for name in globalNames {
            guard let number = intentNumbers[name], let intent = script.intents.first(where: { $0.name == name }),
                !intent.examples.isEmpty
            else { continue }
            var examples: [(features: [UInt64], label: String)] = []
            for (text, label) in everyExample {
                seen.insert(text)
                examples.append((textFeatures(text), label == name ? name : ""))
            }
            for text in intent.counterExamples.map(\.value) {
                seen.insert(text)
                examples.append((textFeatures(text), ""))
            }
            globals.append(
                Global(
                    intent: number,
                    weights: NaiveBayesWeights(examples: examples, labels: [name, ""], prior: .share(Self.globalIntentShare))))
        }
        return LearnedWeights(questions: questions, globals: globals, features: features, exampleCount: seen.count)
    }
}
