/// Hears a reply that asks about the question instead of answering it: "what do you mean?",
/// "why do you ask?", "can you explain boundaries?". Such a reply is never saved as the answer:
/// the coach explains the question (the node's `explain`) and asks it again (first-use review:
/// "what do you mean by boundary?" was saved as the person's boundary).
///
/// What it listens for is the language pack's `aboutTheQuestion`, compiled by the script pattern
/// compiler. Each phrase must be tied to the whole reply (`<` … `>`), so an answer that only holds
/// the words ("what do you mean I broke it, he cheated") is still read as an answer.
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
            if !text.hasPrefix("<") || !text.hasSuffix(">") {
                diagnostics.append(
                    diagnostic(
                        "'\(phrase.value)' must be tied to the whole reply, as \"< \(text) >\"; otherwise an answer that only holds these words would never be saved",
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

    /// Whether the whole reply asks about the question.
    public func isAsked(by words: [TextNormalizer.Word]) -> Bool { phrase(askedBy: words) != nil }

    /// The phrase that heard the whole reply ask about the question, for `coach classify --explain`.
    public func phrase(askedBy words: [TextNormalizer.Word]) -> String? {
        guard let patterns else { return nil }
        let (tokens, ids) = patterns.analyze(words)
        return patterns.matches(in: tokens, ids: ids, scope: nil).first.map { patterns.text(ofPattern: $0.pattern) }
    }

    private static func diagnostic(_ message: String, at path: JSONPath, in source: SourceText?) -> Diagnostic {
        guard let source else { return Diagnostic(.invalidPattern, message, at: nil) }
        let (line, column) = source.lineAndColumn(ofOffset: path.offset)
        return Diagnostic(
            .invalidPattern, message, at: ScriptLocation(file: source.fileName, path: path.components, line: line, column: column)
        )
    }
}
