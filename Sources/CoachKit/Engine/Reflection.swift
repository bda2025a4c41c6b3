/// Turns a person's words from their point of view to the coach's, as ELIZA did:
/// "I lied to him about my phone" becomes "you lied to him about your phone".
public enum Reflection {
    private static let swaps: [String: String] = [
        "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
        "am": "are", "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
        "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll", "i'd": "you'd",
        "you": "I", "your": "my", "yours": "mine", "yourself": "myself",
        "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd",
    ]

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
            if key == "was", previousKey == "i" {
                // "I was" reads "you were", not "you was".
                output += "were"
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
