import Foundation

/// Splits a reply into normalised words grouped in clauses, the way people actually type:
/// any case, curly quotes, dashes and emoji, contractions with or without the apostrophe
/// ("didn't", "didnt"), stretched letters ("sooo") and texting forms ("idk", "ngl", "u").
///
///     TextNormalizer.words(in: "Idk… I didn’t cheat, he did 😢")
///     // [("i",0), ("do",0), ("not",0), ("know",0), ("i",1), ("did",1), ("not",1),
///     //  ("cheat",1), ("he",2), ("did",2)]
public enum TextNormalizer {
    /// A normalised word and the clause it stands in.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var clause: Int
    }

    /// Words past this count are ignored; a reply this long has said what it means by then.
    public static let maximumWords = 400

    public static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var clause = 0
        var current = String.UnicodeScalarView()
        var clauseHasWords = false

        func flushWord() {
            guard !current.isEmpty else { return }
            let raw = String(current)
            current.removeAll(keepingCapacity: true)
            for piece in expand(raw) {
                if clauseBreakingWords.contains(piece), clauseHasWords {
                    clause += 1
                }
                words.append(Word(text: piece, clause: clause))
                clauseHasWords = true
            }
        }

        for scalar in text.unicodeScalars {
            if words.count >= maximumWords { break }
            switch classify(scalar) {
            case .letter(let lowered):
                current.append(contentsOf: lowered)
            case .apostrophe:
                if !current.isEmpty { current.append("'") }
            case .clauseBreak:
                flushWord()
                if clauseHasWords { clause += 1; clauseHasWords = false }
            case .separator:
                flushWord()
            case .emoji(let word):
                flushWord()
                current.append(contentsOf: word.unicodeScalars)
                flushWord()
            }
        }
        flushWord()
        return Array(words.prefix(maximumWords))
    }

    private enum ScalarKind {
        case letter(String.UnicodeScalarView)
        case apostrophe
        case clauseBreak
        case separator
        /// An emoji that carries meaning ("😂" as "haha"): a word of its own.
        case emoji(String)
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar {
        case "a"..."z", "0"..."9":
            return .letter(String.UnicodeScalarView([scalar]))
        case "A"..."Z":
            return .letter(String.UnicodeScalarView([Unicode.Scalar(scalar.value + 32) ?? scalar]))
        case "'", "\u{2018}", "\u{2019}", "\u{02BC}", "`", "\u{00B4}":
            return .apostrophe
        case ",", ".", ";", ":", "!", "?", "\u{2026}", "(", ")", "\n", "\u{2014}", "\u{2013}", "\u{00A1}", "\u{00BF}":
            return .clauseBreak
        default:
            if let word = emojiWords[scalar] { return .emoji(word) }
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return .separator }
            // Fold accents ("naïve" as "naive") so typed and untyped forms meet.
            let folded = String(scalar).lowercased().accentFolded
            return .letter(folded)
        }
    }

    /// Expands one raw word into the words it stands for.
    static func expand(_ raw: String) -> [String] {
        var word = raw
        while word.hasSuffix("'") { word.removeLast() }
        word = americanSpelling(collapseStretchedLetters(word))
        if let expansion = wordExpansions[word] { return expansion }
        if word.hasSuffix("n't") {
            let base = String(word.dropLast(3))
            return [negativeBases[base] ?? base, "not"]
        }
        if let apostrophe = word.lastIndex(of: "'") {
            let base = String(word[..<apostrophe])
            let suffix = String(word[word.index(after: apostrophe)...])
            switch suffix {
            case "re": return [base, "are"]
            case "ve": return [base, "have"]
            case "ll": return [base, "will"]
            case "m": return [base, "am"]
            case "d": return [base, "would"]
            case "s": return isPronounBeforeIs.contains(base) ? [base, "is"] : [base]
            default: return [word.replacingOccurrences(of: "'", with: "")]
            }
        }
        return [word]
    }

    /// "apologise" as "apologize", "behaviour" as "behavior". Replies and patterns pass through
    /// the same mapping, so it only has to be consistent, never a correct spelling.
    static func americanSpelling(_ word: String) -> String {
        guard word.count > 5 else { return word }
        for (british, american) in britishEndings where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }

    /// "sooo" as "so", "yesss" as "yes": three or more of one letter in a row become one.
    static func collapseStretchedLetters(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var run = 0
        func flush() {
            guard let previous else { return }
            for _ in 0..<(run >= 3 ? 1 : run) { result.append(previous) }
        }
        for scalar in word.unicodeScalars {
            if scalar == previous {
                run += 1
            } else {
                flush()
                previous = scalar
                run = 1
            }
        }
        flush()
        return String(result)
    }
}

private extension String {
    /// The lowercased text with accents removed ("naïve" as "naive").
    var accentFolded: String.UnicodeScalarView {
        folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars
    }
}
