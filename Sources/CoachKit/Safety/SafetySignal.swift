/// One kind of danger the safety layer listens for, as `Dialogue/Safety/lexicon.json` declares it:
/// the phrases that say it, at one level, in one category, on one step of a clinical ladder.
public struct SafetySignal: Sendable, Equatable {
    /// A stable name such as `suicide.preparation.gathering-means`, shown by `--explain`.
    public var id: String
    public var category: SafetyCategory
    public var level: SafetyLevel
    /// The clinical step it stands for ("C-SSRS: preparatory behaviour", "Danger Assessment:
    /// strangulation"), so a reviewer can see what the lexicon covers and what it lacks.
    public var basis: String
    /// Patterns in the script pattern syntax; any one of them raises the signal.
    public var phrases: [Located<String>]
    /// Groups of parts that raise the signal when every part of a group matches somewhere in the
    /// reply, in any order: "if I leave he'll kill me" and "he'll kill me if I leave". A part is
    /// a list of patterns, any one of which will do.
    public var together: [[[Located<String>]]]
    /// Angry exaggeration ("I could kill him"): silenced when the reply marks a joke ("lol").
    public var isHyperbole: Bool
}

/// What quiets a signal: the reply's context says the danger is past, denied or made up.
public struct SafetyContext: Sendable, Equatable {
    /// Long ago and over: "years ago", "as a teenager", "I'm safe now".
    public var resolved: [Located<String>] = []
    /// Recent or ongoing, which outweighs `resolved`: "again", "last night", "still".
    public var current: [Located<String>] = []
    /// The danger is denied in so many words: "this is nothing like that", "not in a bad way".
    public var denial: [Located<String>] = []
    /// Films, games, books and work talk: "the documentary", "I'm a nurse".
    public var fiction: [Located<String>] = []
}

/// The built-in safety lexicon, decoded from `Dialogue/Safety/lexicon.json`.
public struct SafetyLexicon: Sendable, Equatable {
    public var concepts: [Concept]
    public var signals: [SafetySignal]
    /// Figures of speech that share words with danger ("die of embarrassment"); a signal whose
    /// matched words overlap one of these does not count.
    public var figurative: [Located<String>]
    /// Figures that often come negated ("I don't want to live with him"): said under a negation,
    /// one lowers a signal it shares words with by one level, so an urgent reading is asked
    /// about instead, and never silences it.
    public var figurativeWhenNegated: [Located<String>]
    /// Words that mark a joke; they silence only the signals marked as hyperbole.
    public var jokeMarkers: [Located<String>]
    /// Ordinary words one letter away from a danger word ("cruise", "class"): listed so that typo
    /// tolerance reads them as themselves, not as "bruise" or "glass".
    public var knownWords: [Located<String>]
    public var context: SafetyContext
}
