/// What `PatternMatcher` reads, laid out flat: the elements of every pattern and every concept
/// member end to end in one array, and which members can begin with which word.
///
/// Matching walks positions in one array instead of passing array slices around, so the
/// hottest loop of the classifier touches no reference counts, allocates nothing and hashes
/// nothing.
struct MatchProgram: Sendable {
    /// A concept member that can begin with a given word.
    struct MemberAnchor: Sendable {
        var concept: Int32
        /// The member's list in `lists`.
        var list: Int32
    }

    /// The elements of each pattern (list `p` for pattern `p`), then of each concept member.
    let lists: FlatLists<PatternElement>
    /// For each stem number, the concept members that can begin with that word.
    private let memberAnchors: FlatLists<MemberAnchor>

    init(
        patterns: [[PatternElement]], conceptMembers: [[[PatternElement]]], vocabularySize: Int,
        firstWords: ([PatternElement]) -> Set<Int32>
    ) {
        var lists = patterns
        var anchors = [[MemberAnchor]](repeating: [], count: vocabularySize)
        for (concept, members) in conceptMembers.enumerated() {
            for member in members {
                let anchor = MemberAnchor(concept: Int32(concept), list: Int32(lists.count))
                lists.append(member)
                for word in firstWords(member).sorted() { anchors[Int(word)].append(anchor) }
            }
        }
        self.lists = FlatLists(lists)
        memberAnchors = FlatLists(anchors)
    }

    /// Positions (for `memberAnchor(at:)`) of the concept members that can begin with `word`.
    func memberAnchors(beginningWith word: Int32) -> Range<Int> {
        Int(word) < memberAnchors.count ? memberAnchors.positions(of: Int(word)) : 0..<0
    }

    func memberAnchor(at position: Int) -> MemberAnchor { memberAnchors.values[position] }
}
