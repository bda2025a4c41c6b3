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
    /// A normalised word, the clause it stands in, and where it was typed.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var clause: Int
        /// The UTF-8 offsets of the typed word it comes from, so a capture can be said back as
        /// typed ("didn't", "Mum") rather than as normalised ("did not", "mum"). The words one
        /// typed word stands for ("did", "not") share it.
        public var source: Range<Int>

        public init(text: String, clause: Int, source: Range<Int> = 0..<0) {
            self.text = text
            self.clause = clause
            self.source = source
        }
    }

    /// Words past this count are ignored; a reply this long has said what it means by then.
    public static let maximumWords = 400

    public static func words(in text: String) -> [Word] {
        var scanner = Scanner()
        // NB: about one word per five bytes of text; reserving avoids regrowing the array.
        scanner.words.reserveCapacity(min(maximumWords, text.utf8.count / 4 + 2))
        var offset = 0
        for scalar in text.unicodeScalars {
            if scanner.words.count >= maximumWords { break }
            scanner.scalarStart = offset
            offset += UTF8.width(scalar)
            scanner.scalarEnd = offset
            scanner.take(scalar)
        }
        if scanner.pendingSeparator != nil { scanner.endClause() }
        scanner.flushWord()
        if scanner.words.count > maximumWords { scanner.words.removeLast(scanner.words.count - maximumWords) }
        return scanner.words
    }

    private struct Scanner {
        var words: [Word] = []
        var clause = 0
        var clauseHasWords = false
        var current: [UInt8] = []
        /// The words the current raw word stands for; kept to reuse its storage.
        var pieces: [String] = []
        /// A comma or full stop straight after a digit, held until the next character says
        /// whether it sits inside a number or ends a clause.
        var pendingSeparator: UInt8?
        /// The UTF-8 offsets of the scalar being taken, and of the typed word being built.
        var scalarStart = 0
        var scalarEnd = 0
        var wordStart = 0
        var wordEnd = 0

        mutating func take(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if let separator = pendingSeparator {
                pendingSeparator = nil
                if (0x30...0x39).contains(value) {
                    // NB: a thousands comma is dropped, so "1,000" and "1000" are one number.
                    if separator == UInt8(ascii: ".") { current.append(separator) }
                } else {
                    endClause()
                }
            }
            switch value {
            case 0x61...0x7A, 0x30...0x39:
                markTyped()
                current.append(UInt8(value))
            case 0x41...0x5A:
                markTyped()
                current.append(UInt8(value + 32))
            case 0x27, 0x60:
                appendApostrophe()
            case 0x2C where current.last.map(TextNormalizer.isDigit) ?? false,
                0x2E where current.last.map(TextNormalizer.isDigit) ?? false:
                // "1,000" and "2.5" are one number, unless no digit follows ("at 5. then").
                pendingSeparator = UInt8(value)
                return
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x0A:
                endClause()
            case 0x00...0x7F:
                flushWord()
            default:
                takeBeyondASCII(scalar)
            }
        }

        /// A scalar outside ASCII: an emoji that stands for a word, an accented letter, a letter
        /// or digit of another script, or a separator.
        // NB: kept out of `take`: asking a scalar's Unicode properties makes a function look up
        // type metadata on every call, and `take` runs for every character of every reply.
        @inline(never)
        private mutating func takeBeyondASCII(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            switch value {
            case 0x2018, 0x2019, 0x02BC, 0xB4:
                appendApostrophe()
            case 0x2026, 0x2014, 0x2013, 0xA1, 0xBF:
                endClause()
            default:
                if let word = TextNormalizer.emojiWords[scalar] {
                    flushWord()
                    markTyped()
                    current.append(contentsOf: word.utf8)
                    flushWord()
                } else if let base = TextNormalizer.accentFolding[value] {
                    markTyped()
                    current.append(base)
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    markTyped()
                    current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    flushWord()
                }
            }
        }

        /// Any apostrophe inside a word, typed straight, curly or as an accent, becomes "'".
        private mutating func appendApostrophe() {
            if !current.isEmpty {
                markTyped()
                current.append(0x27)
            }
        }

        /// Notes that the scalar being taken belongs to the typed word being built.
        private mutating func markTyped() {
            if current.isEmpty { wordStart = scalarStart }
            wordEnd = scalarEnd
        }

        /// Punctuation that ends a clause ends the word before it too.
        mutating func endClause() {
            flushWord()
            if clauseHasWords { clause += 1; clauseHasWords = false }
        }

        mutating func flushWord() {
            guard !current.isEmpty else { return }
            pieces.removeAll(keepingCapacity: true)
            TextNormalizer.expand(TextNormalizer.collapseStretchedLetters(current), into: &pieces)
            current.removeAll(keepingCapacity: true)
            for piece in pieces {
                if TextNormalizer.breaksClause(piece), clauseHasWords { clause += 1 }
                words.append(Word(text: piece, clause: clause, source: wordStart..<wordEnd))
                clauseHasWords = true
            }
        }
    }

    /// Expands one raw word (lowercased UTF-8) into the words it stands for, appended to `words`.
    // NB: works on bytes and allocates only for the rare word it rewrites; String's
    // Unicode-aware suffix and index operations dominated the cost of reading a reply.
    static func expand(_ raw: [UInt8], into words: inout [String]) {
        var bytes = raw[...]
        while bytes.last == apostrophe { bytes = bytes.dropLast() }
        guard !bytes.isEmpty else { return }
        if let american = americanSpelling(bytes) {
            expandSpelled(american[...], into: &words)
        } else {
            expandSpelled(bytes, into: &words)
        }
    }

    /// Expands a word as `expand(_:into:)` once British spellings are mapped.
    private static func expandSpelled(_ spelled: ArraySlice<UInt8>, into words: inout [String]) {
        let word = String(decoding: spelled, as: UTF8.self)
        // NB: the shape filter rules out most words before the table is hashed into.
        if expansionShapes.mayContain(spelled), let expansion = wordExpansions[word] {
            words.append(contentsOf: expansion)
            return
        }
        guard let mark = spelled.lastIndex(of: apostrophe) else {
            words.append(word)
            return
        }
        if spelled.count > 3, spelled.suffix(3).elementsEqual("n't".utf8) {
            let base = String(decoding: spelled.dropLast(3), as: UTF8.self)
            words.append(negativeBases[base] ?? base)
            words.append("not")
            return
        }
        let base = String(decoding: spelled[..<mark], as: UTF8.self)
        switch String(decoding: spelled[(mark + 1)...], as: UTF8.self) {
        case "re": words += [base, "are"]
        case "ve": words += [base, "have"]
        case "ll": words += [base, "will"]
        case "m": words += [base, "am"]
        case "d": words += [base, "would"]
        case "s": words += isPronounBeforeIs.contains(base) ? [base, "is"] : [base]
        default: words.append(String(decoding: spelled.filter { $0 != apostrophe }, as: UTF8.self))
        }
    }

    private static let apostrophe = UInt8(ascii: "'")

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Whether a normalised word is a number: digits, with at most one decimal point inside
    /// ("3", "1000", "2.5"). Patterns match any number with `#`.
    public static func isNumber(_ word: String) -> Bool {
        var points = 0
        var digits = 0
        for byte in word.utf8 {
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "."), digits > 0 {
                points += 1
            } else {
                return false
            }
        }
        return digits > 0 && points <= 1 && word.utf8.last.map(isDigit) == true
    }

    private static let expansionShapes = WordShapeFilter(wordExpansions.keys)

    /// "apologise" as "apologize", "behaviour" as "behavior"; nil when the word has no British
    /// ending. Replies and patterns pass through the same mapping, so it only has to be
    /// consistent, never a correct spelling.
    static func americanSpelling(_ word: ArraySlice<UInt8>) -> [UInt8]? {
        guard word.count > 5 else { return nil }
        for (british, american) in britishEndingBytes
        where word.count > british.count && word.suffix(british.count).elementsEqual(british) {
            return Array(word.dropLast(british.count)) + american
        }
        return nil
    }

    private static let britishEndingBytes: [([UInt8], [UInt8])] = britishEndings.map { (Array($0.utf8), Array($1.utf8)) }

    /// "sooo" as "so", "yesss" as "yes": three or more of one letter in a row become one.
    static func collapseStretchedLetters(_ bytes: [UInt8]) -> [UInt8] {
        // NB: most words have no run of three; they are returned as they are.
        guard bytes.count >= 3,
            bytes.indices.dropFirst(2).contains(where: {
                bytes[$0] == bytes[$0 - 1] && bytes[$0] == bytes[$0 - 2] && (0x61...0x7A).contains(bytes[$0])
            })
        else {
            return bytes
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var run = 1
            while index + run < bytes.count, bytes[index + run] == bytes[index] { run += 1 }
            // NB: only ASCII letters stretch; digits are a number ("90000" is not "90"), and a
            // run inside a multi-byte character is data.
            let count = run >= 3 && (0x61...0x7A).contains(bytes[index]) ? 1 : run
            output.append(contentsOf: repeatElement(bytes[index], count: count))
            index += run
        }
        return output
    }
}
