/// The patterns each word can begin, among one question's intents only.
///
/// A common word anchors patterns of many intents ("i" begins about a hundred in the trust
/// script), most of them not listened for at the question being answered; indexing per scope
/// means a reply visits only the patterns that could count.
struct ScopedAnchors: Sendable {
    /// Pattern numbers, grouped by the word they begin with.
    private let patterns: [Int32]
    /// Where each word's group lies in `patterns`.
    private let groups: [Int32: Range<Int>]

    /// - Parameters:
    ///   - labels: the labels in scope.
    ///   - patternsOfLabel: the pattern numbers of each label.
    ///   - firstWords: the words each pattern can begin with.
    init(labels: [Int32], patternsOfLabel: FlatLists<Int32>, firstWords: FlatLists<Int32>) {
        var byWord: [Int32: [Int32]] = [:]
        for label in labels where Int(label) < patternsOfLabel.count {
            for pattern in patternsOfLabel[Int(label)] {
                for word in firstWords[Int(pattern)] { byWord[word, default: []].append(pattern) }
            }
        }
        var patterns: [Int32] = []
        var groups: [Int32: Range<Int>] = [:]
        for (word, list) in byWord {
            // NB: in pattern order, as the unscoped index is, so matches come out in the same order.
            groups[word] = patterns.count..<(patterns.count + list.count)
            patterns += list.sorted()
        }
        self.patterns = patterns
        self.groups = groups
    }

    /// The patterns in scope that can begin with `word`.
    func patterns(beginningWith word: Int32) -> ArraySlice<Int32> {
        guard let range = groups[word] else { return [] }
        return patterns[range]
    }
}
