/// Finds the vocabulary stem a misspelt word most likely meant ("cheeted" → "cheat",
/// "trsut" → "trust"), by symmetric deletion: a word and its misspelling share a string
/// once one letter is deleted from each, so lookups cost a few hash probes, not a scan.
struct TypoIndex: Sendable {
    /// Words shorter than this are never corrected: too many short words are one letter apart.
    static let minimumLength = 5
    /// Words this long may be two edits away.
    static let twoEditLength = 8

    private var byDeletion: [String: [Int32]] = [:]
    private var exact: [String: Int32] = [:]

    init(vocabulary: Vocabulary) {
        for (index, stem) in vocabulary.stems.enumerated() where stem.count >= TypoIndex.minimumLength - 1 {
            let id = Int32(index)
            exact[stem] = id
            for deletion in TypoIndex.deletions(of: stem) {
                byDeletion[deletion, default: []].append(id)
            }
        }
    }

    /// The closest stem within the allowed distance, preferring the earliest declared on a tie.
    func correction(for stem: String, in vocabulary: Vocabulary) -> Int32? {
        let length = stem.count
        guard length >= TypoIndex.minimumLength else { return nil }
        let limit = length >= TypoIndex.twoEditLength ? 2 : 1
        var candidates: Set<Int32> = []
        if let ids = byDeletion[stem] { candidates.formUnion(ids) }
        for deletion in TypoIndex.deletions(of: stem) {
            if let id = exact[deletion] { candidates.insert(id) }
            if let ids = byDeletion[deletion] { candidates.formUnion(ids) }
        }
        var best: (id: Int32, distance: Int)?
        for id in candidates.sorted() {
            let distance = editDistance(Array(stem.utf8), Array(vocabulary.stem(of: id).utf8), limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (id, distance) }
        }
        return best?.id
    }

    private static func deletions(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        return scalars.indices.map { index in
            var copy = scalars
            copy.remove(at: index)
            return String(String.UnicodeScalarView(copy))
        }
    }
}
