/// Turns a person's words from their point of view to the coach's, as ELIZA did:
/// "I lied to him about my phone" becomes "you lied to him about your phone".
public enum Reflection {
    /// The text with first and second person swapped, its other words and punctuation kept;
    /// what trails the last word (a full stop, "?!", ":(") is dropped so the result can sit
    /// inside a sentence, emoji are left out, and a reply typed in capitals is lowercased.
    /// - Parameter tables: the swaps: the language pack's (`reflection` in
    ///   `Dialogue/Language/english.json`), or a script's over them.
    public static func reflect(_ text: String, with tables: LanguagePack.Reflection = LanguagePack.english.reflection) -> String {
        let swaps = tables.swaps, afterWord = tables.afterWord, beforeWord = tables.beforeWord
        let pieces = Self.pieces(of: isShouted(text) ? text.lowercased() : text)
        let keys = pieces.map { $0.isWord ? key(of: $0.text) : nil }
        var output = ""
        var previousKey = ""
        for (index, piece) in pieces.enumerated() {
            guard let key = keys[index] else {
                output += piece.text
                continue
            }
            let nextKey = keys[(index + 1)...].lazy.compactMap { $0 }.first ?? ""
            if let swapped = beforeWord[key]?[nextKey] {
                // "than you think" reads "than I think": "you" is the subject of "think".
                output += swapped
            } else if let swapped = afterWord[previousKey]?[key] {
                // "I was" reads "you were", not "you was"; "to you" reads "to me".
                output += swapped
            } else if let swapped = swaps[key] {
                // NB: reflected text sits inside the coach's sentence, so "I" at its start
                // becomes a lowercase "you".
                output += swapped
            } else {
                output += piece.text
            }
            previousKey = key
        }
        var trimmed = Substring(output)
        while let last = trimmed.last, !(last.isLetter || last.isNumber || last == "\"" || last == "\u{201D}" || last == ")") {
            trimmed.removeLast()
        }
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        return String(trimmed)
    }

    /// Words (letters and apostrophes) and what lies between them, in order, emoji left out.
    private static func pieces(of text: String) -> [(text: String, isWord: Bool)] {
        var pieces: [(text: String, isWord: Bool)] = []
        for character in text where !isEmoji(character) {
            let isWordCharacter = character.isLetter || character == "'" || character == "\u{2019}"
            if let last = pieces.last, last.isWord == isWordCharacter {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((String(character), isWordCharacter))
            }
        }
        return pieces
    }

    private static func key(of word: String) -> String { word.lowercased().replacing("\u{2019}", with: "'") }

    /// An emoji said back inside the coach's sentence reads oddly ("you cheated on her 😔").
    private static func isEmoji(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
    }

    /// All its letters are capitals, and there are a few: "I CHEATED ON HER", not "I".
    private static func isShouted(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count > 3 && letters.allSatisfy(\.isUppercase)
    }
}
