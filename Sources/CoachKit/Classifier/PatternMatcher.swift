/// Where one pattern matched a reply.
public struct PatternMatch: Sendable, Equatable {
    /// The pattern's number in its `PatternSet`.
    public var pattern: Int32
    public var label: Int32
    /// The tokens from the first matched word to the last.
    public var range: Range<Int>
    /// The tokens matched by words (not by gaps); a token claimed here is not free for another intent.
    public var covered: [Int]
    /// The tokens each gap spanned, in order.
    public var captures: [Range<Int>]
    public var weight: Double
    /// How many words the gaps spanned in all; a looser match counts for a little less.
    public var gapWords: Int
}

/// Matches one compiled pattern at one position, trying shorter gaps first and backtracking.
///
/// A word in a negation's scope matches only when the negation word itself is matched:
/// "not sure" matches "I'm not sure", but "sure" does not.
struct PatternMatcher {
    struct Result {
        var end: Int
        var covered: [Int]
        var captures: [Range<Int>]
        var gapWords: Int
    }

    let tokens: [Token]
    let ids: [Int32]
    let program: MatchProgram
    private var covered: [Int] = []
    private var captures: [Range<Int>] = []
    private var gapWords = 0
    /// What the pattern being matched turns off for itself.
    private var switches: PatternSwitches = []
    /// Steps taken at this position; see `stepBudget`.
    private(set) var steps = 0
    /// What remains to match after the concept member being matched now, innermost last, as
    /// positions in `program.lists.values`.
    // NB: a stack of positions instead of concatenating each member with the rest keeps
    // matching free of allocation; it is the classifier's hottest loop.
    private var continuations: [Range<Int>] = []

    /// Where what the reply says ends: before any words after the end ("rn", "lol") that
    /// follow it, or `tokens.count`. `>` holds at either.
    // NB: lazy, so only a reply that reaches a `>` pays for it, in the classifier's hottest loop.
    private lazy var contentEnd = PatternMatcher.contentEnd(of: tokens)

    init(tokens: [Token], ids: [Int32], program: MatchProgram) {
        self.tokens = tokens
        self.ids = ids
        self.program = program
    }

    // NB: longest first, so "right now" is peeled whole rather than leaving "right" after "now".
    private static let afterTheEnd = LanguagePack.english.afterTheEnd.sorted { $0.count > $1.count }

    /// The end of `tokens` without the words after the end that close it, peeled off one run at
    /// a time ("done with it honestly lol" ends after "it"); never before the first word.
    static func contentEnd(of tokens: [Token]) -> Int {
        var end = tokens.count
        peeling: while end > 1 {
            for filler in afterTheEnd where filler.count < end {
                let start = end - filler.count
                if zip(tokens[start..<end], filler).allSatisfy({ $0.word == $1 }) {
                    end = start
                    continue peeling
                }
            }
            break
        }
        return end
    }

    /// Matches pattern `pattern`, skipping its first `skip` elements, at token `start`.
    mutating func match(pattern: Int, skip: Int = 0, at start: Int, switches: PatternSwitches = []) -> Result? {
        self.switches = switches
        covered.removeAll(keepingCapacity: true)
        captures.removeAll(keepingCapacity: true)
        gapWords = 0
        steps = 0
        let elements = program.lists.positions(of: pattern)
        guard let end = matchElements(elements.dropFirst(skip), at: start),
            switches.contains(.ignoresNegation) || (!isDeniedRightAfter(end) && !isUndone())
        else { return nil }
        return Result(end: end, covered: covered, captures: captures, gapWords: gapWords)
    }

    /// "I do" is not said in "I do not know", nor "it is" in "it is not": a match that ends on
    /// an auxiliary verb directly followed by "not" or "never" is denied by it.
    private func isDeniedRightAfter(_ end: Int) -> Bool {
        guard end < tokens.count, let last = covered.last, last == end - 1,
            tokens[end].word == "not" || tokens[end].word == "never",
            tokens[end].clause == tokens[last].clause,
            PatternMatcher.auxiliaries.contains(tokens[last].word)
        else { return false }
        return true
    }

    /// "I can not" is not said in "I can't not apologise": a match whose negation word is
    /// cancelled by a second negation it leaves out (`NegationScope.DoubleNegation.cancels`)
    /// is undone by it.
    private func isUndone() -> Bool {
        for position in covered where tokens[position].isNegationCue {
            var next = position + 1
            while next < tokens.count, next <= position + NegationScope.reach, tokens[next].clause == tokens[position].clause {
                if tokens[next].isNegationCue {
                    if tokens[next].negatedBy == position, !covered.contains(next) { return true }
                    break
                }
                next += 1
            }
        }
        return false
    }

    static let auxiliaries = LanguagePack.english.auxiliaries

    /// A negated word is usable only when its negation word is itself matched, so a gap cannot
    /// swallow the "never" in "he never hit me".
    private func isUsable(_ position: Int) -> Bool {
        if switches.contains(.refusesTypoCorrections), tokens[position].correctedStem != nil { return false }
        guard !switches.contains(.ignoresNegation), let cue = tokens[position].negatedBy else { return true }
        return covered.contains(cue)
    }

    /// The most steps one pattern may take at one position before it is taken not to match
    /// there. Backtracking over gaps and concepts is exponential in their number: a phrase with
    /// seven 10-word gaps could take minutes on a long reply. The phrases people write take a few
    /// hundred steps at most (290 over every reply of our evaluation sets and the corpus); `coach
    /// lint` warns about a phrase that could pass the budget.
    public static let stepBudget = 1_024

    private mutating func matchElements(_ elements: Range<Int>, at position: Int) -> Int? {
        steps += 1
        guard steps <= PatternMatcher.stepBudget else { return nil }
        guard let first = elements.first else {
            guard let next = continuations.popLast() else { return position }
            defer { continuations.append(next) }
            return matchElements(next, at: position)
        }
        let rest = elements.dropFirst()
        switch program.lists.values[first] {
        case .word(let id):
            guard position < ids.count, ids[position] == id, isUsable(position) else { return nil }
            covered.append(position)
            if let end = matchElements(rest, at: position + 1) { return end }
            covered.removeLast()
            return nil
        case .concept(let concept):
            guard position < ids.count, ids[position] >= 0 else { return nil }
            continuations.append(rest)
            defer { continuations.removeLast() }
            for anchor in program.memberAnchors(beginningWith: ids[position]) {
                let member = program.memberAnchor(at: anchor)
                guard member.concept == concept else { continue }
                let state = (covered.count, captures.count, gapWords)
                if let end = matchElements(program.lists.positions(of: Int(member.list)), at: position) { return end }
                covered.removeLast(covered.count - state.0)
                captures.removeLast(captures.count - state.1)
                gapWords = state.2
                if steps > PatternMatcher.stepBudget { break }
            }
            return nil
        case .replyStart:
            return position == 0 ? matchElements(rest, at: position) : nil
        case .replyEnd:
            return position == tokens.count || position == contentEnd ? matchElements(rest, at: position) : nil
        case .clauseStart:
            let begins = position < tokens.count && (position == 0 || tokens[position - 1].clause != tokens[position].clause)
            return begins ? matchElements(rest, at: position) : nil
        case .clauseEnd:
            let ends =
                position == tokens.count || position == contentEnd
                || (position > 0 && tokens[position - 1].clause != tokens[position].clause)
            return ends ? matchElements(rest, at: position) : nil
        case .gap(let longest):
            guard position > 0 else { return nil }
            let clause = tokens[position - 1].clause
            for length in 0...longest {
                let end = position + length
                guard end <= tokens.count else { break }
                if length > 0, tokens[end - 1].clause != clause { break }
                // NB: a gap and what follows it stay in one clause, unless what follows is `]`,
                // which holds just where the clause gives way; looked at only there, since this
                // loop is the matcher's hottest.
                if end < tokens.count, tokens[end].clause != clause, rest.first.map({ program.lists.values[$0] }) != .clauseEnd {
                    continue
                }
                captures.append(position..<end)
                gapWords += length
                if let matched = matchElements(rest, at: end) { return matched }
                captures.removeLast()
                gapWords -= length
                // NB: a spent budget ends the search here too, or every loop on the way back
                // would still try each of its remaining lengths once.
                if steps > PatternMatcher.stepBudget { break }
            }
            return nil
        }
    }
}
