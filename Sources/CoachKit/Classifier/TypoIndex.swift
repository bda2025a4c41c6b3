/// Finds the known word a misspelt one most likely meant ("cheeted" → "cheated",
/// "trsut" → "trust"), by symmetric deletion: a word and its misspelling share a string
/// once one letter is deleted from each, so lookups cost a few hash probes, not a scan.
/// Known words are the patterns' words as written; a correction gives that word's stem.
struct TypoIndex: Sendable {
    /// Words shorter than this are never corrected: too many short words are one letter apart.
    static let minimumLength = 5
    /// Words this long may be two edits away.
    static let twoEditLength = 8

    /// Known words, as written, and as scalars for measuring distances.
    private let words: [String]
    private let scalars: [[Unicode.Scalar]]
    /// Known word numbers by the hash of the word and of each of its one-letter deletions.
    // NB: hashes, not the deletion strings themselves: building strings for every deletion of
    // every word made the index take seconds for a 10,000-intent script. A collision only adds
    // a candidate, which the distance check then rejects.
    private var byKey: [UInt64: [Int32]] = [:]
    private let stems: [String: Int32]

    /// - Parameter words: known words and the numbers of their stems.
    init(words: [String: Int32]) {
        stems = words
        let known = words.keys.filter { $0.unicodeScalars.count >= TypoIndex.minimumLength - 1 }.sorted()
        self.words = known
        scalars = known.map { Array($0.unicodeScalars) }
        for (number, word) in scalars.enumerated() {
            for key in TypoIndex.keys(of: word) { byKey[key, default: []].append(Int32(number)) }
        }
    }

    /// The stem number of the closest known word within the allowed distance; on a tie, the
    /// alphabetically first word, so the choice never depends on hashing.
    func correction(for word: String) -> Int32? {
        guard stems[word] == nil else { return nil }
        let letters = Array(word.unicodeScalars)
        guard letters.count >= TypoIndex.minimumLength else { return nil }
        let limit = letters.count >= TypoIndex.twoEditLength ? 2 : 1
        var candidates: Set<Int32> = []
        for key in TypoIndex.keys(of: letters) { candidates.formUnion(byKey[key] ?? []) }
        // NB: known words are sorted, so the smallest number among equals is the first alphabetically.
        var best: (number: Int32, distance: Int)?
        for candidate in candidates.sorted() where Self.beginsAlike(letters, scalars[Int(candidate)]) {
            let distance = editDistance(letters, scalars[Int(candidate)], limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best.flatMap { stems[words[Int($0.number)]] }
    }

    /// A misspelling keeps its word's first letter, or swaps the first two ("rtust"): people
    /// rarely get the first letter wrong, and a real word that differs there is usually
    /// another word ("crying" is not "trying", "lying" is not "dying").
    private static func beginsAlike(_ typed: [Unicode.Scalar], _ known: [Unicode.Scalar]) -> Bool {
        guard let first = typed.first, let knownFirst = known.first else { return false }
        if first == knownFirst { return true }
        return typed.count > 1 && known.count > 1 && typed[1] == knownFirst && known[1] == first
    }

    /// The hash of the word, then of the word without each of its letters in turn.
    private static func keys(of word: [Unicode.Scalar]) -> [UInt64] {
        (-1..<word.count).map { skipped in
            // FNV-1a over the scalar values; stable across runs, unlike Hasher.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for (index, scalar) in word.enumerated() where index != skipped {
                hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
            }
            return hash
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
