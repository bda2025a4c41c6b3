/// One step of a compiled keyword or phrase.
public enum PatternElement: Sendable, Equatable, Hashable {
    /// A word, by the number of its stem in the pattern set's vocabulary.
    case word(Int32)
    /// Any member of a concept (`~betray`), by the concept's number.
    case concept(Int32)
    /// `*` (up to three words) or `*N` (up to N words) within one clause; the words it spans
    /// are captured for templates as `{{1}}`, `{{2}}`, ….
    case gap(Int)
    /// `<`: the reply's first word must come next, so `< stop >` matches "stop" but not
    /// "I want him to stop lying".
    case replyStart
    /// `>`: the reply must end here, or only words after the end ("rn", "lol", "honestly";
    /// the language pack's `afterTheEnd`) may follow.
    case replyEnd
    /// `[`: a clause must begin here, so `[ i feel` matches "honestly, i feel lost" but not
    /// "what i feel is lost".
    case clauseStart
    /// `]`: the clause must end here (or the reply, as with `>`), so a gap before it runs to
    /// the end of its clause: `my *9 ]` captures "partner left" in "my partner left, and I stayed".
    case clauseEnd
}

/// A keyword or phrase ready to match: its elements, weight and owner.
public struct CompiledPattern: Sendable, Equatable {
    public var elements: [PatternElement]
    public var weight: Double
    /// The intent (or safety rule) the pattern belongs to.
    public var label: Int32
    /// Its place among the label's terms, for explanations.
    public var termIndex: Int32
    /// The text as the author wrote it.
    public var text: String
    /// What the pattern turns off for itself.
    public var switches: PatternSwitches = []
}

/// Steps of reading a reply that one term can turn off for itself, when the script keeps them
/// on: a reflective phrase that must hear "never" as said, in a script that reads negation.
// NB: only these two: stemming is how every word is looked up (the vocabulary is by stem), so
// it can be turned off for a whole script only.
public struct PatternSwitches: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Negated words match as said, and no negation denies or undoes the match.
    public static let ignoresNegation = PatternSwitches(rawValue: 1)
    /// A word read as a typo of the pattern's word does not match it.
    public static let refusesTypoCorrections = PatternSwitches(rawValue: 2)
}
