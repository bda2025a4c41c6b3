/// One group of phrases that signal a category of danger at a level.
struct SafetyRule: Sendable {
    var category: SafetyCategory
    var level: SafetyLevel
    /// Patterns in the script pattern syntax, over the safety lexicon's concepts.
    var patterns: [String]
    /// Angry exaggeration ("I could kill him"): ignored when the reply marks a joke ("lol").
    var isHyperbole = false
}
