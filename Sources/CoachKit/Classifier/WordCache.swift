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

    private let entries = BoundedCache<String, Entry>(capacity: WordCache.capacity)

    func entry(for word: String, orCompute compute: () -> Entry) -> Entry {
        entries.value(for: word) {
            var entry = compute()
            entry.isNegationCue = NegationScope.cues.contains(word)
            return entry
        }
    }
}
