// The word lists behind `TextNormalizer`. English only: the format's `language` chooses the
// stemmer, but contractions and texting forms are those English speakers type.

extension TextNormalizer {
    /// Whole words that stand for others: contractions typed without an apostrophe, and
    /// texting forms. "ngl" and "tbh" become "honestly" rather than their letters, so that the
    /// "lie" in "not gonna lie" never reads as a confession of lying.
    static let wordExpansions: [String: [String]] = [
        // Contractions without their apostrophe.
        "dont": ["do", "not"], "didnt": ["did", "not"], "doesnt": ["does", "not"],
        "cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
        "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
        "hadnt": ["had", "not"], "shouldnt": ["should", "not"], "wouldnt": ["would", "not"],
        "couldnt": ["could", "not"], "mustnt": ["must", "not"], "aint": ["is", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "theyre": ["they", "are"],
        "hes": ["he", "is"], "shes": ["she", "is"], "thats": ["that", "is"], "whats": ["what", "is"],
        "itll": ["it", "will"], "youve": ["you", "have"], "theyve": ["they", "have"],
        "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"],
        "kinda": ["kind", "of"], "sorta": ["sort", "of"], "dunno": ["do", "not", "know"],
        "lemme": ["let", "me"], "gimme": ["give", "me"],
        // Texting forms.
        "idk": ["i", "do", "not", "know"], "idek": ["i", "do", "not", "even", "know"],
        "dk": ["do", "not", "know"], "idc": ["i", "do", "not", "care"],
        "tbh": ["honestly"], "ngl": ["honestly"], "tbf": ["honestly"], "fr": ["really"],
        "imo": ["i", "think"], "imho": ["i", "think"],
        "u": ["you"], "ur": ["your"], "ure": ["you", "are"], "r": ["are"], "y": ["why"],
        "bc": ["because"], "bcs": ["because"], "cuz": ["because"], "coz": ["because"],
        "cos": ["because"], "bcuz": ["because"], "b4": ["before"],
        "rn": ["right", "now"], "atm": ["at", "the", "moment"], "w": ["with"], "wo": ["without"],
        "ppl": ["people"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "ty": ["thanks"],
        "bf": ["boyfriend"], "gf": ["girlfriend"], "bff": ["friend"],
        "msg": ["message"], "msgs": ["messages"], "txt": ["text"], "txts": ["texts"],
        "smth": ["something"], "sth": ["something"], "nvm": ["never", "mind"],
        "ya": ["yeah"], "yea": ["yeah"], "yep": ["yes"], "yup": ["yes"], "ye": ["yes"], "yh": ["yeah"],
        "nah": ["no"], "nope": ["no"], "naw": ["no"], "k": ["ok"], "kk": ["ok"], "okay": ["ok"],
        "def": ["definitely"], "prob": ["probably"], "probs": ["probably"], "maybs": ["maybe"],
        "omg": ["oh", "my", "god"], "wtf": ["what"], "abt": ["about"], "tho": ["though"],
        "thru": ["through"], "ofc": ["of", "course"], "obv": ["obviously"],
        "kms": ["kill", "myself"], "kys": ["kill", "yourself"], "dnt": ["do", "not"], "kil": ["kill"],
        "unalive": ["kill"], "unalived": ["killed"], "sewerslide": ["suicide"],
    ]

    /// The verb before "n't" when it is not simply the word without it ("won't" is "will not").
    static let negativeBases: [String: String] = [
        "wo": "will", "ca": "can", "sha": "shall", "ai": "is",
    ]

    /// Words whose "'s" means "is" ("he's"); after other words it marks a possessive and is dropped.
    static let isPronounBeforeIs: Set<String> = [
        "he", "she", "it", "that", "what", "there", "who", "where", "here", "this", "how", "everything", "nothing",
    ]

    /// Word endings spelt differently in British and American English, longest first.
    static let britishEndings: [(String, String)] = [
        ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("yse", "yze"), ("iour", "ior"), ("iours", "iors"), ("our", "or"),
    ]

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

    /// Emoji that change what a reply means, as words: laughter marks a joke, tears sadness.
    static let emojiWords: [Unicode.Scalar: String] = [
        "\u{1F602}": "haha", "\u{1F923}": "haha", "\u{1F606}": "haha", "\u{1F605}": "haha", "\u{1F61C}": "haha",
        "\u{1F62D}": "crying", "\u{1F622}": "crying", "\u{1F494}": "heartbroken",
        "\u{1F44D}": "yes", "\u{1F44E}": "no", "\u{1F937}": "unsure",
    ]

    /// Words that open a new clause: what follows "but" often says the opposite of what came before.
    static func breaksClause(_ word: String) -> Bool {
        // NB: a switch, not a set: it runs for every word of every reply, and needs no hashing;
        // the first byte rules out most words before any string comparison.
        switch word.utf8.first {
        case UInt8(ascii: "b"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "h"), UInt8(ascii: "y"): break
        default: return false
        }
        switch word {
        case "but", "though", "although", "however", "yet": return true
        default: return false
        }
    }
}
