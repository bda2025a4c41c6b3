/// What `PatternMatcher` reads, laid out flat: the elements of every pattern and every concept
/// member end to end in one array, and which members can begin with which word.
///
/// Matching walks positions in one array instead of passing array slices around, so the
/// hottest loop of the classifier touches no reference counts and allocates nothing.
struct MatchProgram: Sendable {
    /// The elements of each pattern (list `p` for pattern `p`), then of each concept member.
    let lists: FlatLists<PatternElement>
    /// Member lists in `lists` that can begin with a word, grouped by concept and word.
    private let anchoredMembers: FlatLists<Int32>
    /// The group in `anchoredMembers` of a concept and word (see `key`).
    private let groups: [Int64: Int32]

    init(patterns: [[PatternElement]], conceptMembers: [[[PatternElement]]], firstWords: ([PatternElement]) -> Set<Int32>) {
        var lists = patterns
        var members: [[Int32]] = []
        var groups: [Int64: Int32] = [:]
        for (concept, memberElements) in conceptMembers.enumerated() {
            var byWord: [Int32: [Int32]] = [:]
            for member in memberElements {
                let list = Int32(lists.count)
                lists.append(member)
                for word in firstWords(member) { byWord[word, default: []].append(list) }
            }
            for (word, lists) in byWord.sorted(by: { $0.key < $1.key }) {
                groups[MatchProgram.key(concept: Int32(concept), word: word)] = Int32(members.count)
                members.append(lists)
            }
        }
        self.lists = FlatLists(lists)
        anchoredMembers = FlatLists(members)
        self.groups = groups
    }

    /// The member lists of `concept` that can begin with the word `word`, as positions in
    /// `memberList(at:)`; empty when none can.
    func members(of concept: Int32, beginningWith word: Int32) -> Range<Int> {
        guard let group = groups[MatchProgram.key(concept: concept, word: word)] else { return 0..<0 }
        return anchoredMembers.positions(of: Int(group))
    }

    func memberList(at position: Int) -> Int { Int(anchoredMembers.values[position]) }

    private static func key(concept: Int32, word: Int32) -> Int64 { Int64(concept) << 32 | Int64(UInt32(bitPattern: word)) }
}
