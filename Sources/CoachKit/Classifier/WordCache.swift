import Synchronization

/// Remembers what each word a reply used turned out to be: its stem, the vocabulary number of
/// that stem, and the known word a misspelling was read as. People repeat their words, so most
/// lookups skip the stemmer and the typo search altogether.
final class WordCache: Sendable {
    struct Entry: Sendable {
        var stem: String
        /// The stem's number in the pattern set's vocabulary, or -1.
        var id: Int32
        /// The stem of the known word a misspelling was read as, if any.
        var correctedStem: String?
        var isNegationCue = false
    }

    /// Past this many words the cache starts again, to bound its memory.
    static let capacity = 20_000

    private let entries = Mutex<[String: Entry]>([:])

    func entry(for word: String, orCompute compute: () -> Entry) -> Entry {
        if let known = entries.withLock({ $0[word] }) { return known }
        var entry = compute()
        entry.isNegationCue = NegationScope.cues.contains(word)
        entries.withLock { table in
            if table.count >= WordCache.capacity { table.removeAll(keepingCapacity: true) }
            table[word] = entry
        }
        return entry
    }
}
