/// Watches every reply, at every node of every script, for danger: self-harm, violence,
/// assault, threats, stalking and control, harm to others, someone else at risk.
///
/// It runs before routing and no script can switch it off. What it listens for, what it says
/// and whom it points to are data (`Dialogue/Safety/`), compiled by the same pattern compiler as
/// a script. Figures of speech ("I'd die of embarrassment"), denials ("I'm not suicidal") and
/// jokes about anger ("I could kill him lol") do not raise it; a past, denied or made-up context
/// ("years ago", "in the film") lowers a signal by one level, so clear danger told that way is
/// asked about rather than ignored.
///
///     let layer = try SafetyLayer()
///     layer.assess("he choked me last night")
///     // SafetyAssessment(level: .urgent, category: .physicalViolence, evidence: [...])
public struct SafetyLayer: Sendable {
    public let data: SafetyData
    public var responses: SafetyResponses { data.responses }
    public var resources: SafetyResources { data.resources }
    let patterns: PatternSet
    /// What each compiled label stands for.
    private let roles: [SafetyLabelRole]
    /// For each signal and each of its `together` groups, the labels of the group's parts.
    private let groups: [[[Int32]]]
    private let jokeMarkers: Set<String>
    /// The labels of `figurativeWhenNegated`, matched as if nothing were negated.
    private let negatedFigureLabels: LabelSet

    /// The built-in data embedded in this binary.
    /// - Throws: `SafetyDataError` if the data does not compile cleanly, which tests rule out.
    public init() throws(SafetyDataError) {
        let sources = SafetyData.embeddedSources
        try self.init(lexicon: sources[0], responses: sources[1], resources: sources[2])
    }

    /// Data from other sources: what tests and `coach lint` check the built-in files with.
    public init(lexicon: SourceText, responses: SourceText, resources: SourceText) throws(SafetyDataError) {
        let (data, compiled) = try SafetyData.load(lexicon: lexicon, responses: responses, resources: resources).get()
        self.data = data
        patterns = compiled.patterns
        roles = compiled.roles
        groups = compiled.groups
        negatedFigureLabels = LabelSet(
            compiled.roles.indices.filter {
                if case .figurativeWhenNegated = compiled.roles[$0] { true } else { false }
            }.map { Int32($0) })
        jokeMarkers = Set(data.lexicon.jokeMarkers.flatMap { TextNormalizer.words(in: $0.value).map(\.text) })
    }

    /// The most serious danger the reply signals, or nil when there is none.
    public func assess(_ text: String) -> SafetyAssessment? {
        assess(words: TextNormalizer.words(in: text))
    }

    /// Assesses a reply already split by `TextNormalizer`.
    public func assess(words: [TextNormalizer.Word]) -> SafetyAssessment? {
        explain(words: words).assessment
    }

    /// Everything the layer saw in a reply: what it found, and every near miss with what silenced it.
    public func explain(words: [TextNormalizer.Word]) -> SafetyExplanation {
        let (tokens, ids) = patterns.analyze(words, subjectEndsScope: true)
        let matches = patterns.matches(in: tokens, ids: ids, scope: nil)
        var figurativeWords: [Int: String] = [:]
        var contextMatches: [(kind: SafetyContextKind, covered: [Int], text: String)] = []
        // "I don't want to live with him" is not "not want to live", but a negation may hide the
        // figure's words from matching (negated words match only with their negation word). The
        // figures that often come negated are matched once more as if nothing were negated; they
        // only lower what they touch, since a real danger can share their words.
        var negatedFigureWords: [Int: String] = [:]
        if tokens.contains(where: { $0.negatedBy != nil }) {
            let unnegated = tokens.map { token in
                var token = token
                token.negatedBy = nil
                return token
            }
            for match in patterns.matches(in: unnegated, ids: ids, scope: negatedFigureLabels)
            where match.covered.contains(where: { tokens[$0].negatedBy != nil }) {
                for index in match.covered { negatedFigureWords[index] = patterns.text(ofPattern: match.pattern) }
            }
        }
        for match in matches {
            switch roles[Int(match.label)] {
            case .figurative:
                for index in match.covered { figurativeWords[index] = patterns.text(ofPattern: match.pattern) }
            case .context(let kind):
                contextMatches.append((kind, match.covered, patterns.text(ofPattern: match.pattern)))
            default: break
            }
        }
        // NB: a recency word inside a resolved phrase ("never did it again") belongs to that phrase.
        let resolvedWords = Set(contextMatches.filter { $0.kind == .resolved }.flatMap(\.covered))
        let contexts = contextMatches.filter { $0.kind != .current || !$0.covered.allSatisfy(resolvedWords.contains) }
        let lowerings = SafetyContextKind.lowering(Set(contexts.map(\.kind)))
        let contextPhrases = contexts.map { "\($0.kind.rawValue) \"\($0.text)\"" }
        let joke = tokens.first { jokeMarkers.contains($0.word) }?.word
        var silenced: [SafetyExplanation.Finding] = []
        /// Whether a match counts, recording why not when it does not.
        func admits(_ match: PatternMatch, signal: Int) -> Bool {
            if let blocker = match.covered.lazy.compactMap({ figurativeWords[$0] }).first {
                silenced.append(finding(signal, [match.range], tokens, reason: "figure of speech \"\(blocker)\""))
                return false
            }
            if data.lexicon.signals[signal].isHyperbole, let joke {
                silenced.append(finding(signal, [match.range], tokens, reason: "joke marker \"\(joke)\""))
                return false
            }
            return true
        }
        var found: [SafetyExplanation.Finding] = []
        var partMatches: [Int32: [PatternMatch]] = [:]
        for match in matches {
            switch roles[Int(match.label)] {
            case .signal(let signal):
                guard admits(match, signal: signal) else { continue }
                var candidate = finding(signal, [match.range], tokens, reason: nil)
                if candidate.level == .urgent, let figure = match.covered.lazy.compactMap({ negatedFigureWords[$0] }).first {
                    candidate.level = .checkIn
                    candidate.reason = "lowered by figure of speech \"\(figure)\", said under a negation"
                }
                found.append(candidate)
            case .part(let signal, _, _):
                if admits(match, signal: signal) { partMatches[match.label, default: []].append(match) }
            default: break
            }
        }
        for (signal, signalGroups) in groups.enumerated() {
            for group in signalGroups {
                if let ranges = SafetyLayer.disjointMatches(of: group, in: partMatches) {
                    found.append(finding(signal, ranges, tokens, reason: nil))
                }
            }
        }
        found = SafetyLayer.widestPerSignal(found)
        // Each kind of past, denied or made-up context lowers a signal by one level:
        // clear danger told that way is asked about; an unclear signal told that way falls silent.
        var kept: [SafetyExplanation.Finding] = []
        for var candidate in found {
            // NB: a joke marker silences only hyperbole; "lol" after a real disclosure is common and changes nothing.
            let touching = contexts.filter { context in
                !context.kind.isDeniedBefore
                    || context.covered.contains { tokens[$0].clause >= candidate.clauses.min() ?? 0 }
            }
            let lowering = lowerings.filter { kind in touching.contains { $0.kind == kind } }
            let reasons = lowering.map { "\($0.rawValue) context" }
            guard !reasons.isEmpty else {
                kept.append(candidate)
                continue
            }
            let lowered = touching.filter { lowering.contains($0.kind) }.map { "\($0.kind.rawValue) \"\($0.text)\"" }
            candidate.reason = "lowered by " + reasons.joined(separator: " and ") + ": " + lowered.joined(separator: ", ")
            if candidate.level == .urgent, reasons.count == 1 {
                candidate.level = .checkIn
                kept.append(candidate)
            } else {
                silenced.append(candidate)
            }
        }
        // The highest level wins, then the finding covering more words, then the earlier signal.
        let strongest = kept.max { left, right in
            if left.level != right.level { return left.level < right.level }
            if left.wordCount != right.wordCount { return left.wordCount < right.wordCount }
            return left.signalIndex > right.signalIndex
        }
        let assessment = strongest.map { finding in
            SafetyAssessment(
                level: finding.level, category: finding.category,
                evidence: finding.evidence, signal: finding.signal, basis: finding.basis)
        }
        return SafetyExplanation(
            assessment: assessment, found: kept, silenced: silenced, context: contextPhrases, tokens: tokens)
    }

    /// One match for every part of a `together` group, no two sharing a word, or nil when the
    /// reply has no such choice: "he" cannot be both the person and the place.
    private static func disjointMatches(of group: [Int32], in partMatches: [Int32: [PatternMatch]]) -> [Range<Int>]? {
        // NB: a part with no match at all rules the group out before any backtracking starts.
        guard group.allSatisfy({ partMatches[$0]?.isEmpty == false }) else { return nil }
        var chosen: [Range<Int>] = []
        var used: Set<Int> = []
        func choose(_ part: Int) -> Bool {
            guard part < group.count else { return true }
            // NB: a few matches per part are plenty; a long repetitive reply would otherwise try every combination.
            for match in (partMatches[group[part]] ?? []).prefix(8) where match.covered.allSatisfy({ !used.contains($0) }) {
                used.formUnion(match.covered)
                chosen.append(match.range)
                if choose(part + 1) { return true }
                chosen.removeLast()
                used.subtract(match.covered)
            }
            return false
        }
        return choose(0) ? chosen : nil
    }

    /// One finding per signal, the widest, so an explanation lists each signal once.
    private static func widestPerSignal(_ found: [SafetyExplanation.Finding]) -> [SafetyExplanation.Finding] {
        var widest: [Int: SafetyExplanation.Finding] = [:]
        // NB: a match lowered by a negated figure of speech never hides an unlowered one.
        for finding in found {
            guard let kept = widest[finding.signalIndex] else {
                widest[finding.signalIndex] = finding
                continue
            }
            if (finding.level, finding.wordCount) > (kept.level, kept.wordCount) { widest[finding.signalIndex] = finding }
        }
        return widest.values.sorted { $0.signalIndex < $1.signalIndex }
    }

    private func finding(_ signal: Int, _ ranges: [Range<Int>], _ tokens: [Token], reason: String?) -> SafetyExplanation.Finding {
        let info = data.lexicon.signals[signal]
        let ordered = ranges.sorted { $0.lowerBound < $1.lowerBound }
        return SafetyExplanation.Finding(
            signalIndex: signal, signal: info.id, basis: info.basis, category: info.category, level: info.level,
            words: ordered.map { $0.map { tokens[$0].word }.joined(separator: " ") }.joined(separator: " … "),
            evidence: ordered.flatMap { $0.map { tokens[$0].word } },
            wordCount: ordered.reduce(0) { $0 + $1.count }, clauses: Set(ordered.flatMap { $0.map { tokens[$0].clause } }),
            reason: reason)
    }
}
