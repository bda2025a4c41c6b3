/// How the chat would read one reply at one node: the safety layer's view and the classifier's.
public struct ReplyAnalysis: Sendable {
    public var safety: SafetyAssessment? { safetyExplanation.assessment }
    /// Everything the safety layer saw, near misses included, for `--explain`.
    public var safetyExplanation: SafetyExplanation
    public var classification: Classification
    /// The language pack's phrase by which the reply asks about the question ("what do you
    /// mean?"), if it does: then the question is explained, not answered.
    public var aboutTheQuestion: String?
    /// The node is an open question (it asks, with no routes): a reply no global route takes is
    /// saved as the answer, not asked again.
    public var isOpenQuestion = false

    /// What a reply is read as at an open question when no global route takes it.
    public static let answerLabel = "answer"

    /// "crisis" when the safety layer would respond; "about-the-question" when the coach would
    /// explain the question; "answer" when an open question would save it; else the classifier's
    /// label (an intent, "clarify", "confirm" or "fallback").
    public var label: String {
        if safety != nil { return "crisis" }
        if aboutTheQuestion != nil { return QuestionAboutTheQuestion.label }
        // NB: the chat moves on with such a reply; "fallback" here said it would be asked again.
        if isOpenQuestion, case .fallback = classification.outcome { return Self.answerLabel }
        return classification.label
    }
}

extension Engine {
    /// Reads a reply exactly as `respond(to:in:)` would at `nodeID`, without moving anywhere;
    /// `coach classify` shows this to authors.
    /// - Parameter detailed: also name the learned features that weighed, for `--explain`.
    /// - Throws: `EngineError.unknownNode` when the script has no such node.
    public func analyze(_ text: String, at nodeID: String, detailed: Bool = false) throws(EngineError) -> ReplyAnalysis {
        guard let scope = script.scope(at: nodeID), let node = script.node(nodeID) else { throw .unknownNode(nodeID) }
        let words = TextNormalizer.words(in: String(text.prefix(Engine.maximumReplyLength)))
        return ReplyAnalysis(
            safetyExplanation: safety.explain(words: words),
            classification: script.classifier.classify(words: words, in: scope, detailed: detailed),
            aboutTheQuestion: QuestionAboutTheQuestion.english.phrase(askedBy: words, about: node.questionText),
            isOpenQuestion: node.ask.map { $0.routes.isEmpty } ?? false)
    }
}
