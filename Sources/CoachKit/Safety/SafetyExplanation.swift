/// What the safety layer saw in one reply, for `coach classify --explain`: the signals that fired,
/// the near misses and what silenced each, and the context that lowered them.
public struct SafetyExplanation: Sendable {
    public struct Finding: Sendable, Equatable {
        var signalIndex: Int
        /// The signal's id in the lexicon.
        public var signal: String
        public var basis: String
        public var category: SafetyCategory
        /// The level it counts at (after any lowering by context).
        public var level: SafetyLevel
        /// The reply's words it matched; the parts of a `together` group are joined by " … ".
        public var words: String
        /// The same words one by one, as `SafetyAssessment.evidence` gives them.
        public var evidence: [String]
        var wordCount: Int
        /// The clauses its words stand in: a denial lowers only what shares a clause with it.
        var clauses: Set<Int>
        /// Why it was lowered or silenced, if it was.
        public var reason: String?
    }

    /// The strongest finding, as the conversation acts on it; nil when nothing counts.
    public var assessment: SafetyAssessment?
    public var found: [Finding]
    public var silenced: [Finding]
    /// The context phrases the reply holds ("resolved \"years ago\"").
    public var context: [String]
    public var tokens: [Token]
}

/// What one compiled label of the safety lexicon stands for.
enum SafetyLabelRole: Sendable {
    /// The phrases of signal N.
    case signal(Int)
    /// One pattern of a `together` group of signal N.
    case part(signal: Int, group: Int, part: Int)
    case figurative
    /// A figure that lowers, under a negation, the signals it shares words with.
    case figurativeWhenNegated
    /// Words that are only there to be known (`SafetyLexicon.knownWords`).
    case known
    case context(SafetyContextKind)
}

/// The kinds of context that lower a signal.
enum SafetyContextKind: String, Sendable, Hashable, CaseIterable {
    case resolved, current, denial, fiction

    /// Whether the context speaks only of what was said up to its own clause. A denial looks back
    /// ("I thought about it at 19. this isn't that"), so what is said after it is not lowered by
    /// it: "not that I would tell him, but I've been cutting again" and "no way I would take him
    /// back. honestly I'm done with life" keep their signals. (The cost: "I would never hurt him,
    /// though he hurt me" is asked about.) A film, a job or "years ago" is the setting of the
    /// whole story and lowers everything in it.
    var isDeniedBefore: Bool { self == .denial }

    /// The kinds of context that lower the reply's signals, one level each: a denial always does;
    /// a resolved past or a film, book or job does unless the reply also says something happened
    /// recently ("I watched a documentary and he choked me yesterday").
    static func lowering(_ kinds: Set<SafetyContextKind>) -> [SafetyContextKind] {
        let isCurrent = kinds.contains(.current)
        return [.denial].filter(kinds.contains) + [.fiction, .resolved].filter { kinds.contains($0) && !isCurrent }
    }
}
