/// Compiled keywords, phrases and concepts, indexed by the word each can start with, so that a
/// reply is matched only against the patterns its own words could begin — the cost follows the
/// reply, not the number of intents.
// NB: a class, not a struct: it is immutable, and as a struct every method call and closure
// that captured it copied (and later released) its dozen arrays, about half the time it took
// to classify a reply.
public final class PatternSet: Sendable {
    public let vocabulary: Vocabulary
    /// The number of `#`, any number, or -1 when no pattern uses it.
    private let anyNumber: Int32
    public let conceptNames: [String]
    public let patterns: [CompiledPattern]
    // NB: the matching loop reads these flat copies, not `patterns`, to avoid copying whole
    // pattern values (and their strings) for every candidate.
    private let labels: [Int32]
    private let weights: [Double]
    private let texts: [String]
    private let switches: [PatternSwitches]
    /// For each pattern, the literal words (other than its first) a reply must contain for it
    /// to match: most candidates are dismissed by them before any matching starts.
    private let required: FlatLists<Int32>
    /// For each pattern, its required words folded into 64 bits (`signature(of:)`): a pattern
    /// whose bits the reply lacks is dismissed with one mask test before the exact check.
    private let requiredSignatures: [UInt64]
    /// For each pattern, the concepts (other than a first one) it needs; a concept can only
    /// match when a reply has one of the words its members begin with.
    private let requiredConcepts: FlatLists<Int32>
    /// For each concept, the stem numbers its members can begin with.
    private let conceptFirstWords: [[Int32]]
    let stemmer: Stemmer
    /// Pattern numbers by the stem number of a word they can begin with (an array indexed by
    /// stem number: a lookup per word of every reply, so no hashing).
    private let anchors: FlatLists<Int32>
    /// The words each pattern can begin with, and the patterns of each label: what a
    /// `ScopedAnchors` is built from.
    private let firstWordsOfPattern: FlatLists<Int32>
    private let patternsOfLabel: FlatLists<Int32>
    /// Each question's `ScopedAnchors`, built the first time a reply is classified there.
    private let scopedAnchors = BoundedCache<LabelSet, ScopedAnchors>(capacity: 4_096)
    /// Patterns and concept members, laid out for the matcher.
    let program: MatchProgram
    /// Each concept's members, for `mostSteps(of:)`.
    private let conceptMembers: [[[PatternElement]]]
    private let typos: LazyTypoIndex
    private let cache = WordCache()
    /// Whether words no pattern knows are read as a known one ("cheeted", "yess").
    let correctsTypos: Bool
    /// Whether negations cover the words after them (`NegationScope`).
    let scopesNegation: Bool

    init(
        vocabulary: Vocabulary, surfaceWords: [String: Int32], conceptNames: [String],
        conceptMembers: [[[PatternElement]]], patterns: [CompiledPattern], stemmer: Stemmer,
        correctsTypos: Bool = true, scopesNegation: Bool = true
    ) {
        self.correctsTypos = correctsTypos
        self.scopesNegation = scopesNegation
        self.vocabulary = vocabulary
        self.conceptMembers = conceptMembers
        anyNumber = vocabulary.id(of: Vocabulary.anyNumber) ?? -1
        self.conceptNames = conceptNames
        self.patterns = patterns
        labels = patterns.map(\.label)
        weights = patterns.map(\.weight)
        texts = patterns.map(\.text)
        switches = patterns.map(\.switches)
        required = FlatLists(
            patterns.lazy.map { pattern in
                Set(pattern.elements.dropFirst().compactMap { if case .word(let id) = $0 { id } else { nil } })
            })
        requiredSignatures = (0..<patterns.count).map { [required] in PatternSet.signature(of: required[$0]) }
        requiredConcepts = FlatLists(
            patterns.lazy.map { pattern in
                Set(pattern.elements.dropFirst().compactMap { if case .concept(let id) = $0 { id } else { nil } })
            })
        self.stemmer = stemmer
        var firstWords = FirstWords(conceptMembers: conceptMembers)
        conceptFirstWords = conceptMembers.indices.map { Array(firstWords.ofConcept(Int32($0), visiting: [])) }
        var anchors = [[Int32]](repeating: [], count: vocabulary.stems.count)
        var firstWordsOfPattern: [[Int32]] = []
        var patternsOfLabel = [[Int32]](repeating: [], count: Int(patterns.map(\.label).max() ?? -1) + 1)
        for (index, pattern) in patterns.enumerated() {
            let words = firstWords.of(pattern.elements).sorted()
            for word in words { anchors[Int(word)].append(Int32(index)) }
            firstWordsOfPattern.append(words)
            patternsOfLabel[Int(pattern.label)].append(Int32(index))
        }
        self.anchors = FlatLists(anchors)
        self.firstWordsOfPattern = FlatLists(firstWordsOfPattern)
        self.patternsOfLabel = FlatLists(patternsOfLabel)
        program = MatchProgram(
            patterns: patterns.map(\.elements), conceptMembers: conceptMembers, vocabularySize: vocabulary.stems.count,
            firstWords: { firstWords.of($0) })
        typos = LazyTypoIndex(words: surfaceWords)
    }

    /// Stems and marks negation in normalised words, reading a word no pattern knows as the
    /// known word it most likely meant: first with doubled letters squeezed ("yess", "noo"), then
    /// by edit distance ("cheeted", "definately"). Returns the tokens and the vocabulary number
    /// each matches (-1 for none).
    /// - Parameters:
    ///   - doubleNegation: whether a negation inside another's scope cancels it
    ///     (`NegationScope`): so when answers are read, not when the safety layer listens.
    ///   - subjectEndsScope: whether a new subject ends a negation's scope: so when the safety
    ///     layer listens, not when answers are read.
    func analyze(
        _ words: [TextNormalizer.Word], doubleNegation: NegationScope.DoubleNegation = .keepsBoth,
        subjectEndsScope: Bool = false
    ) -> (tokens: [Token], ids: [Int32]) {
        var tokens: [Token] = []
        var ids: [Int32] = []
        tokens.reserveCapacity(words.count)
        ids.reserveCapacity(words.count)
        for word in words {
            let entry = cache.entry(for: word.text) { lookUp(word.text) }
            tokens.append(
                Token(
                    word: word.text, stem: entry.stem, clause: word.clause, correctedStem: entry.correctedStem,
                    isNegationCue: entry.isNegationCue, source: word.source))
            ids.append(entry.id)
        }
        if scopesNegation { NegationScope.mark(&tokens, doubleNegation: doubleNegation, subjectEndsScope: subjectEndsScope) }
        return (tokens, ids)
    }

    private func lookUp(_ word: String) -> WordCache.Entry {
        let stem = stemmer.stem(word)
        if let id = vocabulary.id(of: stem) { return WordCache.Entry(stem: stem, id: id) }
        // NB: a number no pattern names is read as any number, the `#` of patterns (squeezing
        // would keep its digits, so it is tried first).
        if TextNormalizer.isNumber(word) { return WordCache.Entry(stem: stem, id: anyNumber) }
        guard correctsTypos else { return WordCache.Entry(stem: stem, id: -1) }
        let squeezed = PatternSet.squeezingDoubles(word)
        if squeezed != word, let id = vocabulary.id(of: stemmer.stem(squeezed)) {
            return WordCache.Entry(stem: stem, id: id, correctedStem: vocabulary.stem(of: id))
        }
        if let id = typos.correction(for: word) {
            return WordCache.Entry(stem: stem, id: id, correctedStem: vocabulary.stem(of: id))
        }
        return WordCache.Entry(stem: stem, id: -1)
    }

    /// The one-word members of a concept, through the concepts it includes: the words that
    /// alone make it match, for finding a word two intents claim through concepts.
    public func singleWords(ofConcept concept: Int32, visiting: Set<Int32> = []) -> Set<Int32> {
        guard !visiting.contains(concept), Int(concept) < conceptMembers.count else { return [] }
        var words: Set<Int32> = []
        for member in conceptMembers[Int(concept)] where member.count == 1 {
            switch member[0] {
            case .word(let id): words.insert(id)
            case .concept(let inner): words.formUnion(singleWords(ofConcept: inner, visiting: visiting.union([concept])))
            default: continue
            }
        }
        return words
    }

    /// How many ways matching may try `elements` at one position: each gap `*N` multiplies
    /// them by N + 1 (every length fits, so every length is tried), and a concept by the most of
    /// any one member (members rarely fit the same words, so they seldom multiply). Compared
    /// with `PatternMatcher.stepBudget` to warn about a phrase that could be cut short.
    func mostSteps(of elements: [PatternElement], visiting: Set<Int32> = []) -> Double {
        var ways = 1.0
        for element in elements {
            switch element {
            case .gap(let longest): ways *= Double(longest + 1)
            case .concept(let concept):
                // NB: validation rejects concepts that include each other; `visiting` keeps a
                // circle from recursing all the same.
                guard !visiting.contains(concept), Int(concept) < conceptMembers.count else { continue }
                var most = 1.0
                for member in conceptMembers[Int(concept)] {
                    most = max(most, mostSteps(of: member, visiting: visiting.union([concept])))
                }
                ways *= most
            case .word, .replyStart, .replyEnd, .clauseStart, .clauseEnd: break
            }
        }
        return ways
    }

    /// The pattern's text as its author wrote it.
    func text(ofPattern pattern: Int32) -> String { texts[Int(pattern)] }

    /// "yess" as "yes": every run of a repeated letter as one. Digits are kept: "100" is not "10".
    static func squeezingDoubles(_ word: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where scalar != output.last || ("0"..."9").contains(scalar) {
            output.append(scalar)
        }
        return String(output)
    }

    /// Every match of every pattern whose label is in `scope` (every pattern when nil), first
    /// by position.
    /// - Parameter ids: the vocabulary number of each token, from `analyze(_:)`.
    func matches(in tokens: [Token], ids: [Int32], scope: LabelSet?) -> [PatternMatch] {
        var found = matchesOnce(in: tokens, ids: ids, scope: scope)
        guard anyNumber >= 0 else { return found }
        // A number that a pattern names ("10 times") has its own id, and is any number (`#`) too:
        // it is matched a second time as any number.
        var asAnyNumber = ids
        for index in ids.indices where ids[index] >= 0 && ids[index] != anyNumber && TextNormalizer.isNumber(tokens[index].word) {
            asAnyNumber[index] = anyNumber
        }
        guard asAnyNumber != ids else { return found }
        for match in matchesOnce(in: tokens, ids: asAnyNumber, scope: scope)
        where !found.contains(where: { $0.pattern == match.pattern && $0.range == match.range }) {
            found.append(match)
        }
        // NB: stable, so matches at one position keep their order.
        return found.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
            .map(\.element)
    }

    private func matchesOnce(in tokens: [Token], ids: [Int32], scope: LabelSet?) -> [PatternMatch] {
        var matcher = PatternMatcher(tokens: tokens, ids: ids, program: program)
        var found: [PatternMatch] = []
        // NB: a reply has a few matches; room for them up front saves regrowing the array.
        found.reserveCapacity(8)
        // NB: replies are short; a linear scan of their ids beats hashing into a set.
        let present = ids.count <= 48 ? PresentIDs.few(ids) : PresentIDs.many(Set(ids))
        // Whether each concept could match somewhere in this reply: 0 unknown, 1 no, 2 yes.
        var conceptPossible = [UInt8](repeating: 0, count: conceptFirstWords.count)
        func isPossible(_ concept: Int32) -> Bool {
            let index = Int(concept)
            if conceptPossible[index] == 0 {
                conceptPossible[index] = conceptFirstWords[index].contains { present.contains($0) } ? 2 : 1
            }
            return conceptPossible[index] == 2
        }
        let requiredWords = required.values, requiredConceptList = requiredConcepts.values
        let replySignature = PatternSet.signature(of: ids)
        let inScope = scope.map { scope in
            scopedAnchors.value(for: scope) {
                ScopedAnchors(labels: scope.labels, patternsOfLabel: patternsOfLabel, firstWords: firstWordsOfPattern)
            }
        }
        // NB: a word that begins no pattern at all is skipped before any scope lookup.
        for start in ids.indices where ids[start] >= 0 && !anchors.positions(of: Int(ids[start])).isEmpty {
            let word = ids[start]
            for patternIndex in inScope?.patterns(beginningWith: word) ?? anchors[Int(word)] {
                let index = Int(patternIndex)
                let label = labels[index]
                guard requiredSignatures[index] & ~replySignature == 0,
                    required.positions(of: index).allSatisfy({ present.contains(requiredWords[$0]) }),
                    requiredConcepts.positions(of: index).allSatisfy({ isPossible(requiredConceptList[$0]) })
                else { continue }
                let startsAtReplyStart = program.lists[index].first == .replyStart
                if startsAtReplyStart, start != 0 { continue }
                guard
                    let match = matcher.match(
                        pattern: index, skip: startsAtReplyStart ? 1 : 0, at: start, switches: switches[index])
                else { continue }
                found.append(
                    PatternMatch(
                        pattern: patternIndex, label: label, range: start..<match.end,
                        covered: match.covered, captures: match.captures, weight: weights[index],
                        gapWords: match.gapWords))
            }
        }
        return found
    }
}

extension PatternSet {
    /// Vocabulary numbers folded into 64 bits, one bit each (unknown words, -1, set none).
    static func signature<IDs: Sequence<Int32>>(of ids: IDs) -> UInt64 {
        ids.reduce(0) { bits, id in id < 0 ? bits : bits | 1 << UInt64(id & 63) }
    }
}

/// The stems a pattern can begin with, following concepts (memoised per concept).
private struct FirstWords {
    let conceptMembers: [[[PatternElement]]]
    private var memo: [Int32: Set<Int32>] = [:]

    init(conceptMembers: [[[PatternElement]]]) { self.conceptMembers = conceptMembers }

    mutating func of(_ elements: [PatternElement], visiting: Set<Int32> = []) -> Set<Int32> {
        switch elements.first {
        case .word(let id): return [id]
        case .concept(let concept): return ofConcept(concept, visiting: visiting)
        case .replyStart, .clauseStart: return of(Array(elements.dropFirst()), visiting: visiting)
        case .gap, .replyEnd, .clauseEnd, nil: return []
        }
    }

    mutating func ofConcept(_ concept: Int32, visiting: Set<Int32>) -> Set<Int32> {
        if let known = memo[concept] { return known }
        guard !visiting.contains(concept) else { return [] }
        var words: Set<Int32> = []
        for member in conceptMembers[Int(concept)] {
            words.formUnion(of(member, visiting: visiting.union([concept])))
        }
        memo[concept] = words
        return words
    }
}

/// The vocabulary numbers a reply contains, for dismissing patterns that need words it lacks.
private enum PresentIDs {
    case few([Int32])
    case many(Set<Int32>)

    func contains(_ id: Int32) -> Bool {
        switch self {
        case .few(let ids): ids.contains(id)
        case .many(let ids): ids.contains(id)
        }
    }
}
