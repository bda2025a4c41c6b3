/// Hears a reply that asks about the question instead of answering it: "what do you mean?",
/// "why do you ask?", "can you explain boundaries?". Such a reply is never saved as the answer:
/// the coach explains the question (the node's `explain`) and asks it again (first-use review:
/// "what do you mean by boundary?" was saved as the person's boundary).
///
/// What it listens for is the language pack's `aboutTheQuestion`, compiled by the script pattern
/// compiler. Each phrase must be tied to the end of the reply (`>`), and most to its start too, so
/// an answer that only holds the words ("what do you mean I broke it, he cheated") is still read
/// as an answer. A phrase with a gap counts only when the gap holds a word of the question itself:
/// "can you explain boundaries?" asks about a question on boundaries, while "can you explain why he
/// cheated" and "what does loyalty even mean" are answers (red-team, this session).
public struct QuestionAboutTheQuestion: Sendable {
    /// How the chat's reading of such a reply is named by `coach classify`, `evaluate` and a
    /// transcript's `> intent:` checkpoint.
    public static let label = "about-the-question"

    /// Nil when the pack has no phrases (or they did not compile): then nothing is heard.
    private let patterns: PatternSet?

    /// The phrases of the English pack, as every script uses them today.
    public static let english = QuestionAboutTheQuestion.compiling(LanguagePack.english.aboutTheQuestion).detector

    /// Compiles `phrases`, with a diagnostic at each one that cannot be used.
    /// - Parameter source: the pack's text, to place the diagnostics; nil places them nowhere.
    public static func compiling(
        _ phrases: [Located<String>], source: SourceText? = nil
    ) -> (detector: QuestionAboutTheQuestion, diagnostics: [Diagnostic]) {
        guard !phrases.isEmpty else { return (QuestionAboutTheQuestion(patterns: nil), []) }
        let stemmer: Stemmer
        do {
            stemmer = try Stemmer(language: "english")
        } catch {
            // NB: nothing is heard then, and every reply is an answer, as before this existed.
            return (
                QuestionAboutTheQuestion(patterns: nil),
                [Diagnostic(.invalidValue, "libstemmer has no English stemmer, which 'aboutTheQuestion' is written for", at: nil)]
            )
        }
        var diagnostics: [Diagnostic] = []
        for phrase in phrases {
            let text = phrase.value.trimmingWhitespace()
            if !text.hasSuffix(">") {
                diagnostics.append(
                    diagnostic(
                        "'\(phrase.value)' must be tied to the end of the reply, as \"\(text) >\" (or to the whole reply, \"< \(text) >\"); otherwise an answer that only holds these words would never be saved",
                        at: phrase.path, in: source))
            }
        }
        let (patterns, problems) = PatternCompiler.compile(
            concepts: [], labels: [phrases.map { PatternCompiler.TermInput(text: $0.value) }], stemmer: stemmer)
        for problem in problems {
            guard case .term(_, let term) = problem.owner else { continue }
            let path = phrases[term].path
            diagnostics.append(
                source.map { problem.diagnostic(at: path, in: $0) } ?? Diagnostic(.invalidPattern, problem.message, at: nil))
        }
        return (QuestionAboutTheQuestion(patterns: diagnostics.isEmpty ? patterns : nil), diagnostics)
    }

    private init(patterns: PatternSet?) { self.patterns = patterns }

    /// Whether the reply asks about `question` (the words the coach asked it with).
    public func isAsked(by words: [TextNormalizer.Word], about question: String) -> Bool {
        phrase(askedBy: words, about: question) != nil
    }

    /// The phrase that heard the reply ask about `question`, for `coach classify --explain`.
    public func phrase(askedBy words: [TextNormalizer.Word], about question: String) -> String? {
        guard let patterns else { return nil }
        let (tokens, ids) = patterns.analyze(words)
        var questionStems: Set<String>?
        for match in patterns.matches(in: tokens, ids: ids, scope: nil) {
            let gapWords = match.captures.flatMap { tokens[$0] }
            if !gapWords.isEmpty {
                // NB: the question's words are read only for a reply that needs them, and once.
                let stems = questionStems ?? Set(patterns.analyze(TextNormalizer.words(in: question)).tokens.map(\.stem))
                questionStems = stems
                guard gapWords.contains(where: { $0.word.count >= Self.shortestQuestionWord && stems.contains($0.stem) }) else {
                    continue
                }
            }
            return patterns.text(ofPattern: match.pattern)
        }
        return nil
    }

    /// Shorter words ("the", "my", "to") are in most questions and say nothing of which one.
    private static let shortestQuestionWord = 4

    private static func diagnostic(_ message: String, at path: JSONPath, in source: SourceText?) -> Diagnostic {
        guard let source else { return Diagnostic(.invalidPattern, message, at: nil) }
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        return Diagnostic(
            .invalidPattern, message, at: ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
        )
    }
}
