/// A quick, exact-when-it-says-no test of whether a word could be a key of a small table, by
/// its length and its first and last bytes: most words of a reply are ruled out without
/// hashing them.
struct WordShapeFilter: Sendable {
    /// Words longer than this are never in the table the filter was made from.
    private let longest: Int
    private var bits: [UInt64]

    init<Words: Sequence<String>>(_ words: Words) {
        let words = Array(words)
        longest = words.map(\.utf8.count).max() ?? 0
        bits = [UInt64](repeating: 0, count: ((longest + 1) * 32 * 32 + 63) / 64)
        for word in words {
            let slot = WordShapeFilter.slot(of: Array(word.utf8))
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    /// False when no word of the table has this one's length, first byte and last byte.
    func mayContain(_ word: ArraySlice<UInt8>) -> Bool {
        guard !word.isEmpty, word.count <= longest else { return false }
        let slot = WordShapeFilter.slot(of: word)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func slot<Bytes: Collection<UInt8>>(of word: Bytes) -> Int {
        guard let first = word.first else { return 0 }
        var last = first
        for byte in word { last = byte }
        // NB: the low five bits of a byte tell letters apart; a rare clash only costs a lookup.
        return (word.count * 32 + Int(first & 31)) * 32 + Int(last & 31)
    }
}
