// The word lists behind `TextNormalizer`: the English language pack's, and the accents folded
// for every language. The format's `language` chooses the stemmer; English is the only pack.

extension TextNormalizer {
    // NB: the language's own words come from its pack (`Dialogue/Language/english.json`);
    // these are read on every word of every reply, so each is looked up once, here.
    static let wordExpansions = LanguagePack.english.wordExpansions
    static let negativeBases = LanguagePack.english.negativeContractionBases
    static let isPronounBeforeIs = LanguagePack.english.apostropheSIsIs
    static let britishEndings = LanguagePack.english.spellingEndings
    static let emojiWords = LanguagePack.english.emojiWords
    private static let clauseBreakers = LanguagePack.english.clauseBreakers
    /// The first letters of the clause breakers, so most words are ruled out without hashing.
    private static let clauseBreakerFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in clauseBreakers { if let first = word.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// Accented Latin letters (Latin-1 Supplement and Latin Extended-A) as their base letter,
    /// lowercased, so typed and untyped forms meet ("naïve" and "naive").
    static let accentFolding: [UInt32: UInt8] = {
        let groups: [(String, ClosedRange<UInt32>)] = [
            ("aaaaaa", 0xC0...0xC5), ("c", 0xC7...0xC7), ("eeee", 0xC8...0xCB), ("iiii", 0xCC...0xCF),
            ("n", 0xD1...0xD1), ("ooooo", 0xD2...0xD6), ("o", 0xD8...0xD8), ("uuuu", 0xD9...0xDC), ("y", 0xDD...0xDD),
            ("aaaaaa", 0xE0...0xE5), ("c", 0xE7...0xE7), ("eeee", 0xE8...0xEB), ("iiii", 0xEC...0xEF),
            ("n", 0xF1...0xF1), ("ooooo", 0xF2...0xF6), ("o", 0xF8...0xF8), ("uuuu", 0xF9...0xFC), ("yy", 0xFD...0xFE),
            ("aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii", 0x100...0x131),
            ("jjkkkllllllllllnnnnnnnnnoooooo", 0x134...0x151),
            ("rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz", 0x154...0x17E),
        ]
        var table: [UInt32: UInt8] = [0xFF: UInt8(ascii: "y"), 0xDF: UInt8(ascii: "s")]
        for (letters, range) in groups {
            for (offset, letter) in letters.utf8.enumerated() where range.lowerBound + UInt32(offset) <= range.upperBound {
                table[range.lowerBound + UInt32(offset)] = letter
            }
        }
        return table
    }()

    /// Words that open a new clause: what follows "but" often says the opposite of what came before.
    static func breaksClause(_ word: String) -> Bool {
        // NB: it runs for every word of every reply; the first byte rules out most words first.
        guard let first = word.utf8.first, clauseBreakerFirstBytes[Int(first)] else { return false }
        return clauseBreakers.contains(word)
    }
}
