/// How Coach reads one language as people type it, decoded from `Dialogue/Language/<name>.json`:
/// the words a reply is normalised into (contractions without their apostrophe, texting forms,
/// spellings, emoji), the function words that shape its meaning (negation, auxiliaries, clause
/// breaks), and how a person's words are turned back to them. English is the only pack so far;
/// it is embedded at build time, as the safety data is, so Coach reads no file to understand.
///
/// Data, not code, so that a word people type is taught to Coach by editing a table, not Swift,
/// and so another language is a new file (`Dialogue/README.md`, section 4).
public struct LanguagePack: Sendable {
    /// Whole words that stand for several: "dont" is "do not", "idk" is "i do not know".
    public var wordExpansions: [String: [String]] = [:]
    /// The verb before "n't" when it is not the word without it: "wo" (of "won't") is "will".
    public var negativeContractionBases: [String: String] = [:]
    /// Words whose "'s" means "is" ("he's"); after any other word it marks a possessive.
    public var apostropheSIsIs: Set<String> = []
    /// Word endings spelt two ways, longest first: the first is read as the second.
    public var spellingEndings: [(from: String, to: String)] = []
    /// Emoji that change what a reply means, as the word they stand for.
    public var emojiWords: [Unicode.Scalar: String] = [:]
    /// Words that open a new clause ("but"): what follows often says the opposite.
    public var clauseBreakers: Set<String> = []
    /// Words that may follow what a reply says without adding to it ("right now", "honestly",
    /// "lol"), each as its words: a pattern's `>` (the reply ends here) also holds before them,
    /// so "done with everything rn" ends where "done with everything" does.
    public var afterTheEnd: [[String]] = []
    public var negation = Negation()
    /// Helping verbs: a pattern that ends on one ("I did") may be cut short by a negation after it.
    public var auxiliaries: Set<String> = []
    public var reflection = Reflection()
    /// Whole replies that ask about the question instead of answering it ("what do you mean?",
    /// "why do you ask?"), as patterns; `QuestionAboutTheQuestion` compiles and hears them.
    public var aboutTheQuestion: [Located<String>] = []

    /// The words a negation covers, and where its scope stops (see `NegationScope`).
    public struct Negation: Sendable {
        /// Words that negate what follows them in their clause.
        public var cues: Set<String> = []
        /// How many words a negation covers at most.
        public var reach = 5
        /// Words "no" does not cover: "no it was him" denies, it does not negate "it".
        public var noStopsBefore: Set<String> = []
        /// Subjects that begin a clause of their own after a negated word (when listening for danger).
        public var subjects: Set<String> = []
        /// Words after which a subject is what is said or thought, still under the negation.
        public var reportingWords: Set<String> = []
        /// Words of knowing ("know", "sure") after which a question word opens a clause that the
        /// negation does not deny, when listening for danger (see `embeddedQuestionWords`).
        public var knowingWords: Set<String> = []
        /// Question words that open such a clause: "I don't know what the point of living is"
        /// does not deny "the point of living". Not "if" or "whether": "I don't know if I want to
        /// live" is doubt about living, heard through its negation.
        public var embeddedQuestionWords: Set<String> = []
    }

    /// First and second person swapped, so the coach can say a person's words back to them.
    public struct Reflection: Sendable, Equatable {
        /// Each word (lowercased, with a straight apostrophe) and what it becomes.
        public var swaps: [String: String] = [:]
        /// A word's own reflection after a given word: after "i", "was" becomes "were".
        public var afterWord: [String: [String: String]] = [:]
        /// A word's own reflection before a given word, which comes first: "you" before "think"
        /// is a subject ("I"), even after a word that makes it an object ("than you think").
        public var beforeWord: [String: [String: String]] = [:]
    }

    /// The English pack as this binary carries it.
    public static var embeddedEnglishSource: SourceText {
        SourceText(fileName: embeddedEnglishLanguageName, text: embeddedEnglishLanguageJSON)
    }

    /// The pack every script uses today (scripts' `language` chooses only the stemmer so far).
    public static let english: LanguagePack =
        switch decode(embeddedEnglishSource) {
        case .success(let pack): pack
        // NB: the embedded pack is checked by its tests and by `coach lint`; should it ever fail,
        // Coach still runs, reading replies word for word rather than not at all.
        case .failure: LanguagePack()
        }

    /// Decodes a pack, reporting every problem at its line and column with a script's codes.
    public static func decode(_ source: SourceText) -> Result<LanguagePack, LanguagePackError> {
        let context = DecodingContext(source: source)
        let pack: LanguagePack?
        do {
            pack = LanguagePackDecoder(context: context).decode(try JSONParser.parse(source.bytes))
        } catch {
            let (line, column) = source.lineAndColumn(ofOffset: error.offset)
            let location = ScriptLocation(file: source.fileName, path: "", line: line, column: column)
            return .failure(LanguagePackError(diagnostics: [Diagnostic(.jsonSyntax, error.message, at: location)]))
        }
        guard let pack, context.diagnostics.isEmpty else {
            return .failure(LanguagePackError(diagnostics: ScriptValidator.sorted(context.diagnostics)))
        }
        return .success(pack)
    }
}

/// A language pack has problems; every one found is listed.
public struct LanguagePackError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        (["the language pack has problems:"] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
