/// One word of a reply after normalisation, with what the classifier learned about it.
public struct Token: Sendable, Equatable {
    /// The normalised word: lowercased, contractions and texting forms expanded ("didn't" gives
    /// "did" and "not").
    public var word: String
    /// Its Snowball stem.
    public var stem: String
    /// Which clause the word stands in; punctuation and words like "but" start a new one.
    /// Gaps in patterns and the reach of a negation stop at a clause's end.
    public var clause: Int
    /// The index of the negation word ("not", "never", …) whose scope covers this word.
    public var negatedBy: Int?
    /// The vocabulary word a misspelt token was read as ("cheeted" as "cheat"), if any.
    public var correctedStem: String?
    /// The word is a negation ("not", "never", "no", ...) whose scope covers the words after it.
    public var isNegationCue: Bool
    /// The UTF-8 offsets of the typed word it comes from (`TextNormalizer.Word.source`).
    public var source: Range<Int>

    public init(
        word: String, stem: String, clause: Int, negatedBy: Int? = nil, correctedStem: String? = nil, isNegationCue: Bool? = nil,
        source: Range<Int> = 0..<0
    ) {
        self.source = source
        self.word = word
        self.stem = stem
        self.clause = clause
        self.negatedBy = negatedBy
        self.correctedStem = correctedStem
        self.isNegationCue = isNegationCue ?? NegationScope.cues.contains(word)
    }
}
