/// Compiled keywords, phrases and concepts, indexed by the word each can start with, so that a
/// reply is matched only against the patterns its own words could begin — the cost follows the
/// reply, not the number of intents.
public struct PatternSet: Sendable {
    public let vocabulary: Vocabulary
    public let conceptNames: [String]
    let conceptMembers: [[[PatternElement]]]
    public let patterns: [CompiledPattern]
    let stemmer: Stemmer
    /// Pattern numbers by the stem number of a word they can begin with.
    private let anchors: [Int32: [Int32]]
    /// Concept members by the stem number of a word they can begin with.
    private let conceptAnchors: [[Int32: [Int32]]]
    private let typos: TypoIndex

    init(
        vocabulary: Vocabulary, surfaceWords: [String: Int32], conceptNames: [String],
        conceptMembers: [[[PatternElement]]], patterns: [CompiledPattern], stemmer: Stemmer
    ) {
        self.vocabulary = vocabulary
        self.conceptNames = conceptNames
        self.conceptMembers = conceptMembers
        self.patterns = patterns
        self.stemmer = stemmer
        var firstWords = FirstWords(conceptMembers: conceptMembers)
        var anchors: [Int32: [Int32]] = [:]
        for (index, pattern) in patterns.enumerated() {
            for word in firstWords.of(pattern.elements) { anchors[word, default: []].append(Int32(index)) }
        }
        var conceptAnchors: [[Int32: [Int32]]] = []
        for members in conceptMembers {
            var byWord: [Int32: [Int32]] = [:]
            for (index, member) in members.enumerated() {
                for word in firstWords.of(member) { byWord[word, default: []].append(Int32(index)) }
            }
            conceptAnchors.append(byWord)
        }
        self.anchors = anchors
        self.conceptAnchors = conceptAnchors
        typos = TypoIndex(words: surfaceWords)
    }

    /// Normalises, stems and marks negation in a reply, reading a word no pattern knows as the
    /// known word it most likely meant: first with doubled letters squeezed ("yess", "noo"), then
    /// by edit distance ("cheeted", "definately").
    public func tokens(of text: String) -> [Token] {
        var tokens = TextNormalizer.words(in: text).map { word in
            Token(word: word.text, stem: stemmer.stem(word.text), clause: word.clause)
        }
        NegationScope.mark(&tokens)
        for index in tokens.indices where vocabulary.id(of: tokens[index].stem) == nil {
            let word = tokens[index].word
            let squeezed = PatternSet.squeezingDoubles(word)
            if squeezed != word, let id = vocabulary.id(of: stemmer.stem(squeezed)) {
                tokens[index].correctedStem = vocabulary.stem(of: id)
            } else if let id = typos.correction(for: word) {
                tokens[index].correctedStem = vocabulary.stem(of: id)
            }
        }
        return tokens
    }

    /// "yess" as "yes": every run of a repeated letter as one.
    static func squeezingDoubles(_ word: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where scalar != output.last { output.append(scalar) }
        return String(output)
    }

    /// The stem numbers of tokens, with -1 for words no pattern mentions.
    public func wordIDs(of tokens: [Token]) -> [Int32] {
        tokens.map { vocabulary.id(of: $0.correctedStem ?? $0.stem) ?? -1 }
    }

    /// Every match of every pattern whose label `isInScope` allows, first by position.
    public func matches(in tokens: [Token], isInScope: (Int32) -> Bool) -> [PatternMatch] {
        let ids = wordIDs(of: tokens)
        var matcher = PatternMatcher(tokens: tokens, ids: ids, conceptMembers: conceptMembers, conceptAnchors: conceptAnchors)
        var found: [PatternMatch] = []
        for start in ids.indices where ids[start] >= 0 {
            guard let candidates = anchors[ids[start]] else { continue }
            for patternIndex in candidates {
                let pattern = patterns[Int(patternIndex)]
                guard isInScope(pattern.label) else { continue }
                var elements = pattern.elements[...]
                if elements.first == .replyStart {
                    guard start == 0 else { continue }
                    elements = elements.dropFirst()
                }
                guard let match = matcher.match(elements, at: start) else { continue }
                found.append(PatternMatch(
                    pattern: patternIndex, label: pattern.label, range: start..<match.end,
                    covered: match.covered, captures: match.captures, weight: pattern.weight,
                    gapWords: match.gapWords))
            }
        }
        return found
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
        case .replyStart: return of(Array(elements.dropFirst()), visiting: visiting)
        case .gap, .replyEnd, nil: return []
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
