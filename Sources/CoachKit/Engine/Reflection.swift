/// Turns a person's words from their point of view to the coach's, as ELIZA did:
/// "I lied to him about my phone" becomes "you lied to him about your phone".
public enum Reflection {
    // NB: the swaps are the language pack's (`reflection` in `Dialogue/Language/english.json`).
    private static let swaps = LanguagePack.english.reflection.swaps
    private static let afterWord = LanguagePack.english.reflection.afterWord

    /// The text with first and second person swapped, its other words and punctuation kept;
    /// a trailing full stop is dropped so the result can sit inside a sentence.
    public static func reflect(_ text: String) -> String {
        var output = ""
        var word = ""
        var previousKey = ""
        func flush() {
            guard !word.isEmpty else { return }
            let key = word.lowercased().replacing("\u{2019}", with: "'")
            defer { previousKey = key }
            if let swapped = afterWord[previousKey]?[key] {
                // "I was" reads "you were", not "you was".
                output += swapped
            } else if let swapped = swaps[key] {
                // NB: reflected text sits inside the coach's sentence, so "I" at its start
                // becomes a lowercase "you".
                output += swapped
            } else {
                output += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character == "'" || character == "\u{2019}" {
                word.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        var trimmed = Substring(output)
        while let last = trimmed.last, last.isWhitespace || last == "." { trimmed.removeLast() }
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        return String(trimmed)
    }
}
