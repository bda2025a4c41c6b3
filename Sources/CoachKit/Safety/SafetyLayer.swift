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
    private let patterns: PatternSet
    /// What each compiled label stands for.
    private let roles: [SafetyLabelRole]
    /// For each signal and each of its `together` groups, the labels of the group's parts.
    private let groups: [[[Int32]]]
    private let jokeMarkers: Set<String>

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
        let (tokens, ids) = patterns.analyze(words)
        let matches = patterns.matches(in: tokens, ids: ids, scope: nil)
        var figurativeWords: [Int: String] = [:]
        var contexts: Set<SafetyContextKind> = []
        var contextPhrases: [String] = []
        for match in matches {
            switch roles[Int(match.label)] {
            case .figurative:
                for index in match.covered { figurativeWords[index] = patterns.text(ofPattern: match.pattern) }
            case .context(let kind):
                contexts.insert(kind)
                contextPhrases.append("\(kind.rawValue) \"\(patterns.text(ofPattern: match.pattern))\"")
            default: break
            }
        }
        let joke = tokens.first { jokeMarkers.contains($0.word) }?.word
        let lowering = SafetyContextKind.lowering(contexts)
        var found: [SafetyExplanation.Finding] = []
        var silenced: [SafetyExplanation.Finding] = []
        /// Whether a match counts, recording why not when it does not.
        func admits(_ match: PatternMatch, signal: Int) -> Bool {
            let signalInfo = data.lexicon.signals[signal]
            if let blocker = match.covered.lazy.compactMap({ figurativeWords[$0] }).first {
                silenced.append(finding(signal, match.range, tokens, reason: "figure of speech \"\(blocker)\""))
                return false
            }
            if signalInfo.isHyperbole, let joke {
                silenced.append(finding(signal, match.range, tokens, reason: "joke marker \"\(joke)\""))
                return false
            }
            return true
        }
        var partMatched: [Int32: Range<Int>] = [:]
        for match in matches {
            switch roles[Int(match.label)] {
            case .signal(let signal):
                if admits(match, signal: signal) { found.append(finding(signal, match.range, tokens, reason: nil)) }
            case .part(let signal, _, _):
                if admits(match, signal: signal), partMatched[match.label] == nil { partMatched[match.label] = match.range }
            default: break
            }
        }
        for (signal, signalGroups) in groups.enumerated() {
            for group in signalGroups {
                let ranges = group.compactMap { partMatched[$0] }
                guard ranges.count == group.count, let first = ranges.map(\.lowerBound).min(),
                    let last = ranges.map(\.upperBound).max()
                else { continue }
                var together = finding(signal, first..<last, tokens, reason: nil)
                together.words = ranges.sorted { $0.lowerBound < $1.lowerBound }.map {
                    $0.map { tokens[$0].word }.joined(separator: " ")
                }.joined(separator: " … ")
                found.append(together)
            }
        }
        // One finding per signal, the widest, so an explanation lists each signal once.
        var widest: [Int: SafetyExplanation.Finding] = [:]
        for finding in found where (widest[finding.signalIndex]?.wordCount ?? -1) < finding.wordCount {
            widest[finding.signalIndex] = finding
        }
        found = widest.values.sorted { $0.signalIndex < $1.signalIndex }
        if let lowering {
            // A past, denied or made-up context: clear danger becomes a question, an unclear signal falls silent.
            let reason = "lowered by \(lowering) context: " + contextPhrases.joined(separator: ", ")
            var kept: [SafetyExplanation.Finding] = []
            for var lowered in found {
                lowered.reason = reason
                if lowered.level == .urgent {
                    lowered.level = .checkIn
                    kept.append(lowered)
                } else {
                    silenced.append(lowered)
                }
            }
            found = kept
        }
        // The highest level wins, then the finding covering more words, then the earlier signal.
        let strongest = found.max { left, right in
            if left.level != right.level { return left.level < right.level }
            if left.wordCount != right.wordCount { return left.wordCount < right.wordCount }
            return left.signalIndex > right.signalIndex
        }
        let assessment = strongest.map { finding in
            SafetyAssessment(
                level: finding.level, category: finding.category, evidence: finding.words.split(separator: " ").map(String.init),
                signal: finding.signal, basis: finding.basis)
        }
        return SafetyExplanation(
            assessment: assessment, found: found, silenced: silenced, context: contextPhrases, tokens: tokens)
    }

    private func finding(_ signal: Int, _ range: Range<Int>, _ tokens: [Token], reason: String?) -> SafetyExplanation.Finding {
        let info = data.lexicon.signals[signal]
        return SafetyExplanation.Finding(
            signalIndex: signal, signal: info.id, basis: info.basis, category: info.category, level: info.level,
            words: range.map { tokens[$0].word }.joined(separator: " "), wordCount: range.count, reason: reason)
    }
}
