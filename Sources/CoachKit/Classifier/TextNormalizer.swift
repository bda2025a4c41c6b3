/// Splits a reply into normalised words grouped in clauses, the way people actually type:
/// any case, curly quotes, dashes, accents and emoji, contractions with or without the
/// apostrophe ("didn't", "didnt"), stretched letters ("sooo") and texting forms ("idk", "u").
///
///     TextNormalizer.words(in: "Idk… I didn’t cheat, he did 😢")
///     // i do not know | i did not cheat | he did   (clauses 0, 1, 2)
///
/// NB: it scans UTF-8 bytes and builds each word once; this runs on every reply, twice (safety
/// layer and classifier), so it avoids per-character allocation.
public enum TextNormalizer {
    /// A normalised word and the clause it stands in.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var clause: Int
    }

    /// Words past this count are ignored; a reply this long has said what it means by then.
    public static let maximumWords = 400

    public static func words(in text: String) -> [Word] {
        var scanner = Scanner()
        for scalar in text.unicodeScalars {
            if scanner.words.count >= maximumWords { break }
            scanner.take(scalar)
        }
        scanner.flushWord()
        return Array(scanner.words.prefix(maximumWords))
    }

    private struct Scanner {
        var words: [Word] = []
        var clause = 0
        var clauseHasWords = false
        var current: [UInt8] = []

        mutating func take(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            switch value {
            case 0x61...0x7A, 0x30...0x39:
                current.append(UInt8(value))
            case 0x41...0x5A:
                current.append(UInt8(value + 32))
            case 0x27, 0x60, 0x2018, 0x2019, 0x02BC, 0xB4:
                if !current.isEmpty { current.append(0x27) }
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x0A, 0x2026, 0x2014, 0x2013, 0xA1, 0xBF:
                flushWord()
                if clauseHasWords { clause += 1; clauseHasWords = false }
            case 0x00...0x7F:
                flushWord()
            default:
                if let word = TextNormalizer.emojiWords[scalar] {
                    flushWord()
                    current.append(contentsOf: word.utf8)
                    flushWord()
                } else if let base = TextNormalizer.accentFolding[value] {
                    current.append(base)
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    flushWord()
                }
            }
        }

        mutating func flushWord() {
            guard !current.isEmpty else { return }
            let pieces = TextNormalizer.expand(TextNormalizer.collapseStretchedLetters(current))
            current.removeAll(keepingCapacity: true)
            for piece in pieces {
                if TextNormalizer.breaksClause(piece), clauseHasWords { clause += 1 }
                words.append(Word(text: piece, clause: clause))
                clauseHasWords = true
            }
        }
    }

    /// Expands one raw word (lowercased UTF-8) into the words it stands for.
    // NB: works on bytes; String's Unicode-aware suffix and index operations dominated the
    // cost of reading a reply.
    static func expand(_ raw: [UInt8]) -> [String] {
        var bytes = raw[...]
        while bytes.last == apostrophe { bytes = bytes.dropLast() }
        guard !bytes.isEmpty else { return [] }
        let spelled = americanSpelling(bytes)
        let word = String(decoding: spelled, as: UTF8.self)
        if let expansion = wordExpansions[word] { return expansion }
        guard let mark = spelled.lastIndex(of: apostrophe) else { return [word] }
        if spelled.count > 3, spelled.suffix(3).elementsEqual("n't".utf8) {
            let base = String(decoding: spelled.dropLast(3), as: UTF8.self)
            return [negativeBases[base] ?? base, "not"]
        }
        let base = String(decoding: spelled[..<mark], as: UTF8.self)
        switch String(decoding: spelled[(mark + 1)...], as: UTF8.self) {
        case "re": return [base, "are"]
        case "ve": return [base, "have"]
        case "ll": return [base, "will"]
        case "m": return [base, "am"]
        case "d": return [base, "would"]
        case "s": return isPronounBeforeIs.contains(base) ? [base, "is"] : [base]
        default: return [String(decoding: spelled.filter { $0 != apostrophe }, as: UTF8.self)]
        }
    }

    private static let apostrophe = UInt8(ascii: "'")

    /// "apologise" as "apologize", "behaviour" as "behavior". Replies and patterns pass through
    /// the same mapping, so it only has to be consistent, never a correct spelling.
    static func americanSpelling(_ word: ArraySlice<UInt8>) -> [UInt8] {
        guard word.count > 5 else { return Array(word) }
        for (british, american) in britishEndingBytes
        where word.count > british.count && word.suffix(british.count).elementsEqual(british) {
            return Array(word.dropLast(british.count)) + american
        }
        return Array(word)
    }

    private static let britishEndingBytes: [([UInt8], [UInt8])] = britishEndings.map { (Array($0.utf8), Array($1.utf8)) }

    /// "sooo" as "so", "yesss" as "yes": three or more of one byte in a row become one.
    static func collapseStretchedLetters(_ bytes: [UInt8]) -> [UInt8] {
        // NB: most words have no run of three; they are returned as they are.
        guard bytes.count >= 3,
            bytes.indices.dropFirst(2).contains(where: { bytes[$0] == bytes[$0 - 1] && bytes[$0] == bytes[$0 - 2] })
        else {
            return bytes
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var run = 1
            while index + run < bytes.count, bytes[index + run] == bytes[index] { run += 1 }
            // NB: only ASCII letters stretch; a run inside a multi-byte character is data.
            let count = run >= 3 && bytes[index] < 0x80 ? 1 : run
            output.append(contentsOf: repeatElement(bytes[index], count: count))
            index += run
        }
        return output
    }
}
