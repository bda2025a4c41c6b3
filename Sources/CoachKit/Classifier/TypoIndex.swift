/// Finds the known word a misspelt one most likely meant ("cheeted" → "cheated",
/// "trsut" → "trust"), by symmetric deletion: a word and its misspelling share a string
/// once one letter is deleted from each, so lookups cost a few hash probes, not a scan.
/// Known words are the patterns' words as written; a correction gives that word's stem.
struct TypoIndex: Sendable {
    /// Words shorter than this are never corrected: too many short words are one letter apart.
    static let minimumLength = 5
    /// Words this long may be two edits away.
    static let twoEditLength = 8

    private var byDeletion: [String: [String]] = [:]
    private let stems: [String: Int32]

    /// - Parameter words: known words and the numbers of their stems.
    init(words: [String: Int32]) {
        stems = words
        for word in words.keys.sorted() where word.count >= TypoIndex.minimumLength - 1 {
            for deletion in TypoIndex.deletions(of: word) {
                byDeletion[deletion, default: []].append(word)
            }
        }
    }

    /// The stem number of the closest known word within the allowed distance; on a tie, the
    /// alphabetically first word, so the choice never depends on hashing.
    func correction(for word: String) -> Int32? {
        guard stems[word] == nil else { return nil }
        let length = word.count
        guard length >= TypoIndex.minimumLength else { return nil }
        let limit = length >= TypoIndex.twoEditLength ? 2 : 1
        var candidates: Set<String> = []
        if let words = byDeletion[word] { candidates.formUnion(words) }
        for deletion in TypoIndex.deletions(of: word) {
            if stems[deletion] != nil { candidates.insert(deletion) }
            if let words = byDeletion[deletion] { candidates.formUnion(words) }
        }
        var best: (word: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(Array(word.unicodeScalars), Array(candidate.unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best.flatMap { stems[$0.word] }
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

import Synchronization

/// A `TypoIndex` built the first time a reply has a word no pattern knows, not at start-up:
/// building it is the largest part of compiling a script, and many chats never need it.
final class LazyTypoIndex: Sendable {
    private let words: [String: Int32]
    private let index = Mutex<TypoIndex?>(nil)

    init(words: [String: Int32]) { self.words = words }

    func correction(for word: String) -> Int32? {
        index.withLock { built in
            if built == nil { built = TypoIndex(words: words) }
            return built?.correction(for: word)
        }
    }
}
