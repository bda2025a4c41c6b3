/// Compiles concepts and labelled terms into a `PatternSet`, collecting every problem.
///
/// Pattern syntax: words (normalised and stemmed like replies), `~concept`, and gaps `*` (up to
/// three words) or `*N` (up to N words). "broke * trust" matches "I broke her trust".
/// `<` and `>` tie a pattern to the start and end of the reply: `< stop >` is the whole reply "stop".
/// `#` is any number: "# years" matches "20 years" and "2.5 years".
public struct PatternCompiler {
    /// One term to compile: its text and optional weight.
    public struct TermInput: Sendable {
        public var text: String
        public var weight: Double?
        public var switches: PatternSwitches
        public init(text: String, weight: Double? = nil, switches: PatternSwitches = []) {
            self.text = text
            self.weight = weight
            self.switches = switches
        }
    }

    public static let defaultGap = 3
    public static let maximumGap = 10

    private let stemmer: Stemmer
    private var vocabulary = Vocabulary()
    /// Every word as authors wrote it (normalised, unstemmed), with its stem's number: the
    /// spellings a typo is measured against.
    private var surfaceWords: [String: Int32] = [:]
    /// Stems already computed, by word: scripts and the safety lexicon repeat their words a lot.
    private var stems: [String: Int32] = [:]
    /// Normalised words already computed, by the piece of pattern text they came from.
    private var normalized: [String: [String]] = [:]
    private var conceptNumbers: [String: Int32] = [:]
    private var problems: [PatternProblem] = []

    public init(stemmer: Stemmer) { self.stemmer = stemmer }

    /// - Parameters:
    ///   - concepts: name and member texts, in declaration order.
    ///   - labels: the terms of each label (intent or safety rule), in order.
    ///   - correctsTypos, scopesNegation: the script's `typoCorrection` and `negation` switches.
    public static func compile(
        concepts: [(name: String, members: [String])], labels: [[TermInput]], stemmer: Stemmer,
        correctsTypos: Bool = true, scopesNegation: Bool = true
    ) -> (PatternSet, [PatternProblem]) {
        var compiler = PatternCompiler(stemmer: stemmer)
        for (index, concept) in concepts.enumerated() where compiler.conceptNumbers[concept.name] == nil {
            compiler.conceptNumbers[concept.name] = Int32(index)
        }
        var conceptMembers: [[[PatternElement]]] = []
        for concept in concepts {
            conceptMembers.append(
                concept.members.enumerated().compactMap { index, member in
                    compiler.elements(of: member, owner: .conceptMember(concept: concept.name, member: index))
                })
        }
        var patterns: [CompiledPattern] = []
        for (label, terms) in labels.enumerated() {
            for (termIndex, term) in terms.enumerated() {
                guard let elements = compiler.elements(of: term.text, owner: .term(label: label, term: termIndex)) else {
                    continue
                }
                let literalCount = elements.filter {
                    if case .word = $0 { true } else if case .concept = $0 { true } else { false }
                }.count
                let weight = term.weight ?? (1 + 0.5 * Double(literalCount - 1))
                patterns.append(
                    CompiledPattern(
                        elements: elements, weight: weight, label: Int32(label), termIndex: Int32(termIndex), text: term.text,
                        switches: term.switches))
            }
        }
        let names = concepts.map(\.name)
        if let cycle = PatternCompiler.findCycle(in: conceptMembers, names: names) {
            compiler.problems.append(PatternProblem(owner: .concept(cycle[0]), kind: .conceptCycle(cycle)))
            // NB: matching a circular concept would never end; drop its members so the set stays usable.
            for name in cycle { if let number = compiler.conceptNumbers[name] { conceptMembers[Int(number)] = [] } }
        }
        let set = PatternSet(
            vocabulary: compiler.vocabulary, surfaceWords: compiler.surfaceWords, conceptNames: names,
            conceptMembers: conceptMembers, patterns: patterns, stemmer: stemmer, correctsTypos: correctsTypos,
            scopesNegation: scopesNegation)
        return (set, compiler.problems)
    }

    private mutating func elements(of text: String, owner: PatternProblem.Owner) -> [PatternElement]? {
        var elements: [PatternElement] = []
        for piece in PatternCompiler.pieces(of: text) {
            let bytes = piece.utf8
            if bytes.first == UInt8(ascii: "*"), let gap = bytes.count == 1 ? PatternCompiler.defaultGap : Int(piece.dropFirst())
            {
                if case .gap = elements.last {
                    problems.append(PatternProblem(owner: owner, kind: .adjacentGaps))
                    return nil
                }
                elements.append(.gap(min(max(gap, 1), PatternCompiler.maximumGap)))
            } else if piece == "#" {
                elements.append(.word(vocabulary.intern(Vocabulary.anyNumber)))
            } else if piece == "<" || piece == ">" {
                elements.append(piece == "<" ? .replyStart : .replyEnd)
            } else if piece == "[" || piece == "]" {
                elements.append(piece == "[" ? .clauseStart : .clauseEnd)
            } else if bytes.first == UInt8(ascii: "~"), bytes.count > 1 {
                let name = String(piece.dropFirst())
                guard let number = conceptNumbers[name] else {
                    let suggestion = closestMatch(to: name, in: conceptNumbers.keys.sorted())
                    problems.append(PatternProblem(owner: owner, kind: .unknownConcept(name: name, suggestion: suggestion)))
                    return nil
                }
                elements.append(.concept(number))
            } else {
                for word in normalizedWords(of: piece) { elements.append(.word(stemNumber(of: word))) }
            }
        }
        guard elements.contains(where: { if case .word = $0 { true } else if case .concept = $0 { true } else { false } }) else {
            problems.append(PatternProblem(owner: owner, kind: .emptyPattern))
            return nil
        }
        if case .gap = elements.first { problems.append(PatternProblem(owner: owner, kind: .gapAtEdge)); return nil }
        if case .gap = elements.last { problems.append(PatternProblem(owner: owner, kind: .gapAtEdge)); return nil }
        return elements
    }

    /// The pattern's pieces between white space.
    // NB: splits bytes, with a Unicode path only for text that is not ASCII; splitting into
    // Characters was most of the cost of compiling a script's patterns, which every start-up pays.
    static func pieces(of text: String) -> [String] {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var pieces: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || isASCIISpace(bytes[index]) {
                if index > start {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return pieces
        }
        if let split = split ?? nil { return split }
        return text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map { String($0) }
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    private mutating func normalizedWords(of piece: String) -> [String] {
        if let known = normalized[piece] { return known }
        let words = TextNormalizer.words(in: piece).map(\.text)
        normalized[piece] = words
        return words
    }

    /// The vocabulary number of a normalised word's stem.
    private mutating func stemNumber(of word: String) -> Int32 {
        if let known = stems[word] { return known }
        let id = vocabulary.intern(stemmer.stem(word))
        stems[word] = id
        surfaceWords[word] = id
        return id
    }

    /// The first circle of concepts that include each other, by name, if any.
    static func findCycle(in members: [[[PatternElement]]], names: [String]) -> [String]? {
        var state = [UInt8](repeating: 0, count: members.count)  // 0 new, 1 on the path, 2 done
        var path: [Int] = []
        func visit(_ concept: Int) -> [String]? {
            state[concept] = 1
            path.append(concept)
            for member in members[concept] {
                for case .concept(let next) in member {
                    let next = Int(next)
                    if state[next] == 1, let start = path.firstIndex(of: next) {
                        return (path[start...] + [next]).map { names[$0] }
                    }
                    if state[next] == 0, let cycle = visit(next) { return cycle }
                }
            }
            path.removeLast()
            state[concept] = 2
            return nil
        }
        for concept in members.indices where state[concept] == 0 {
            if let cycle = visit(concept) { return cycle }
        }
        return nil
    }
}
