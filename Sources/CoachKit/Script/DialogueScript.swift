/// A dialogue script as its JSON file states it, decoded but not yet checked.
///
/// Only `ScriptValidator` turns it into a `ValidatedScript`, the one thing an `Engine` runs.
/// Every part keeps the `JSONPath` it came from, so later checks can point at it.
public struct DialogueScript: Sendable, Equatable {
    /// The format versions this build reads. Version 2 added labelled `examples`, which an
    /// older Coach would refuse as unknown fields; a version 1 script reads as it always did.
    public static let supportedFormatVersions: ClosedRange<Int> = 1...2
    /// The first format version with `examples` and `counterExamples`.
    public static let examplesFormatVersion = 2

    public var formatVersion: Int
    public var id: String
    public var title: String
    /// The author's own version of this script (for example "1.2.0"); transcripts record it.
    public var version: String
    /// The Snowball stemmer language of the replies, such as "english".
    public var language: Located<String>
    public var source: Attribution?
    /// Shown at the start of every conversation: what Coach is and is not.
    public var disclaimer: String
    public var start: Located<String>
    public var classifier: ClassifierSettings
    /// Words replies are read with in place of others (`"mum": "mother"`), after the language
    /// pack's normalising and the safety layer, before matching: ELIZA's substitutions.
    public var substitutions: [String: [String]] = [:]
    /// The person-swapping tables answers and captures are said back with: the language pack's,
    /// with the script's own `reflection` entries over them.
    public var reflection = LanguagePack.english.reflection
    public var concepts: [Concept]
    public var intents: [Intent]
    /// Routes tried at every question before the node's own, such as "I want to stop".
    public var globalRoutes: [Route]
    public var safety: SafetyAdditions
    public var nodes: [Node]
}

/// A value together with the place in the file it came from.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var path: JSONPath

    public init(_ value: Value, at path: JSONPath) {
        self.value = value
        self.path = path
    }
}

/// The work a script paraphrases, credited in the opening.
public struct Attribution: Sendable, Equatable {
    public var title: String
    public var author: String
    public var note: String?
}

/// Tuning of the keyword classifier; the defaults suit most scripts.
public struct ClassifierSettings: Sendable, Equatable {
    /// The least score that counts as a match (one keyword scores 1).
    public var threshold: Double = 1.0
    /// When the runner-up scores at least this fraction of the winner, the coach asks a
    /// clarifying question instead of guessing.
    public var ambiguityRatio: Double = 0.75
    /// At a question whose intents have examples: the least probability, from the learned
    /// weights and the patterns together, at which a reply is routed without asking.
    public var confidence: Double = 0.6
    /// Whether words are stemmed ("cheated" matches "cheat"); off, a term matches only the
    /// word as written (after normalising), as an ELIZA-style script expects.
    public var stemming = true
    /// Whether a word no term knows is read as the term word it is one edit from ("cheeted").
    public var typoCorrection = true
    /// Whether a negation covers the words after it ("not sure" is not "sure"). Off, every word
    /// matches as said, and a gap followed by a word may span a "never" ("he * me" hears "he
    /// never calls me"), as a reflective script that says words back needs.
    public var negation = true
    /// Which clauses of a reply are read.
    public var clauses: ClauseReading = .all
    public init() {}
}

/// Which clauses of a reply the classifier reads.
public enum ClauseReading: String, Sendable, Equatable, CaseIterable {
    /// Every clause: matches anywhere in the reply count.
    case all
    /// Only the first clause that holds a match, as ELIZA read up to the first clause with a
    /// keyword and let the rest go: "I'm tired, and my partner lied" is heard as "I'm tired".
    case first
}

/// A named set of words and phrases that patterns reuse as `~name`.
public struct Concept: Sendable, Equatable {
    public var name: String
    public var members: [Located<String>]
    public var path: JSONPath
}

/// Something a reply can mean, recognised by keywords and phrases.
public struct Intent: Sendable, Equatable {
    public var name: String
    public var keywords: [Term]
    public var phrases: [Term]
    /// Replies that must be recognised as this intent (checked by `coach lint`).
    public var samples: [Located<String>]
    /// Replies that mean this intent wherever it is routed: what its learned weights are
    /// trained on (format version 2).
    public var examples: [Located<String>] = []
    /// Replies that sound like this intent but do not mean it, such as "I want to leave him"
    /// for leaving the chat; they train the weights against it.
    public var counterExamples: [Located<String>] = []
    public var path: JSONPath
}

/// One keyword or phrase and its weight.
public struct Term: Sendable, Equatable {
    public var text: String
    /// Nil means the default: 1 for a word, more for a longer phrase.
    public var weight: Double?
    /// The script's switches this term turns off for itself (`"negation": false`,
    /// `"typoCorrection": false`).
    public var switches: PatternSwitches = []
    public var path: JSONPath
}

/// A move from a question to a node when a reply means `intent` and `condition` holds.
public struct Route: Sendable, Equatable {
    public var intent: Located<String>
    public var target: Located<String>
    public var condition: Condition?
    public var samples: [Located<String>]
    /// Replies that mean this intent at this question only (format version 2).
    public var examples: [Located<String>] = []
    /// For a global route: what the coach asks when the learned weights are not sure the
    /// reply meant it ("Would you like to stop here for today?"); format version 2.
    public var confirm: Located<String>? = nil
    public var path: JSONPath
}

/// A test on an earlier answer: the intent it was classified as, or merely that it exists.
public struct Condition: Sendable, Equatable {
    /// The `save` name of the earlier answer.
    public var answer: Located<String>
    /// The intent that answer must have been; nil means any saved answer will do.
    public var intent: Located<String>?
    /// True inverts the test.
    public var isNegated: Bool
    public var path: JSONPath
}

/// Where a statement (or an open question) goes next: the first branch whose condition holds.
public struct Branch: Sendable, Equatable {
    public var target: Located<String>
    public var condition: Condition?
    public var path: JSONPath
}

/// One step of the conversation.
public struct Node: Sendable, Equatable {
    public var id: String
    /// What the coach says on arriving, one message per element, each shown when its condition
    /// holds; `{{answers.name}}` and `{{1}}` are filled in from saved answers and pattern captures.
    public var say: [Message]
    /// Branches followed after `say` (statements) or after any reply (open questions).
    public var next: [Branch]
    public var ask: Question?
    /// The conversation ends after this node speaks.
    public var isEnd: Bool
    /// Where this node stands in the script's plan, for `/where` ("Your path, step 2 of 3: ...").
    /// Nodes without one inherit the last stage entered.
    public var stage: String?
    public var path: JSONPath
}

/// One message of a node's `say`: a plain string in the file, or `{"text", "when"}` for one
/// shown only when its condition holds, so a variant needs no node of its own.
public struct Message: Sendable, Equatable {
    public var text: Located<String>
    public var condition: Condition?

    public init(text: Located<String>, condition: Condition? = nil) {
        self.text = text
        self.condition = condition
    }
}

/// What a node asks, and how replies route.
public struct Question: Sendable, Equatable {
    public var routes: [Route]
    /// Asked when two routes fit a reply almost equally well.
    public var clarify: Located<String>?
    /// Other wordings of the question, used when a reply matched nothing; picked by the seeded
    /// generator so transcripts replay exactly.
    public var reask: [Located<String>]
    /// How a `reask` wording is chosen: at random (the default) or each in turn.
    public var reaskOrder: VariantOrder = .random
    /// What the question means, said when a reply asks about it ("what do you mean?") instead of
    /// answering; the question is then asked again and nothing is saved.
    public var explain: [Located<String>] = []
    /// At an open question, what the coach says on hearing the answer, before it moves on: the
    /// first rule whose intent the answer is read as, else the rule without an intent.
    public var acknowledge: [Acknowledgement] = []
    /// After this many replies that matched nothing, go to `fallbackTarget` (when set).
    public var fallbackAfter: Int
    public var fallbackTarget: Located<String>?
    /// Where the `fallback` object is, when the script gives one.
    public var fallbackPath: JSONPath?
    /// The name the reply is saved under, for templates, conditions and the journal.
    public var save: Located<String>?
    /// A short label for the journal ("What happened").
    public var journalLabel: String?
    public var path: JSONPath
}

/// One way an open question acknowledges its answer ("That sounds exhausting.").
public struct Acknowledgement: Sendable, Equatable {
    /// The intent the answer must be read as; nil for the rule that acknowledges any answer.
    public var intent: Located<String>?
    /// Wordings, one chosen by the seeded generator; templates allowed (`{{1}}` is a gap of the
    /// intent's match, `{{answers.NAME}}` the answer just saved).
    public var variants: [Located<String>]
    /// How a wording is chosen: at random (the default) or each in turn.
    public var order: VariantOrder = .random
    /// A line to keep for later, when this rule speaks ("Earlier you said {{1}}.").
    public var remember: Remembrance?
    /// A queue of remembered lines: when it holds one, the oldest is said (and let go) instead
    /// of a wording, as ELIZA fell back on what it had heard earlier.
    public var recall: Located<String>?
    public var path: JSONPath
}

/// A line an acknowledgement keeps in a named queue, rendered when it is kept.
public struct Remembrance: Sendable, Equatable {
    /// The queue's name; a `recall` of the same name says it later.
    public var queue: Located<String>
    /// The line, a template rendered with the rule's captures and the saved answers.
    public var line: Located<String>
    public var path: JSONPath
}

/// What a script adds to the built-in safety layer; it can add, never remove.
public struct SafetyAdditions: Sendable, Equatable {
    /// Extra lines shown with the built-in resources.
    public var resources: [Located<String>]
    /// A message shown before the built-in safety response.
    public var preface: Located<String>?
    public init(resources: [Located<String>] = [], preface: Located<String>? = nil) {
        self.resources = resources
        self.preface = preface
    }
}

extension Node {
    /// Everything the node says when it asks, as one text: what a question about the question
    /// ("can you explain boundaries?") may name.
    public var questionText: String { say.map(\.text.value).joined(separator: " ") }
}
