import CoachKit
import Testing

@Suite struct TextNormalizerTests {
    private func words(_ text: String) -> [String] { TextNormalizer.words(in: text).map(\.text) }

    @Test func contractionsExpandWithOrWithoutTheApostrophe() {
        #expect(words("I didn't") == ["i", "did", "not"])
        #expect(words("i didnt") == ["i", "did", "not"])
        #expect(words("I won’t") == ["i", "will", "not"])
        #expect(words("cant") == ["can", "not"])
        #expect(words("I'm sure") == ["i", "am", "sure"])
        #expect(words("im sure") == ["i", "am", "sure"])
        #expect(words("he's gone") == ["he", "is", "gone"])
        #expect(words("my wife's phone") == ["my", "wife", "phone"])
    }

    @Test func textingFormsBecomeWords() {
        #expect(words("idk") == ["i", "do", "not", "know"])
        #expect(words("u r") == ["you", "are"])
        #expect(words("bc rn") == ["because", "right", "now"])
        // "ngl" is a filler: spelled out, its "lie" would read as a confession.
        #expect(words("ngl") == ["honestly"])
    }

    @Test func caseCurlyQuotesAccentsAndStretchedLettersAreFolded() {
        #expect(words("SOOO Naïve") == ["so", "naive"])
        #expect(words("yesss") == ["yes"])
        #expect(words("sorry") == ["sorry"])
        #expect(words("apologise") == words("apologize"))
        #expect(words("behaviour") == words("behavior"))
    }

    @Test func punctuationAndButStartNewClauses() {
        let result = TextNormalizer.words(in: "I didn't cheat, he did but I lied")
        #expect(result.map(\.clause) == [0, 0, 0, 0, 1, 1, 2, 2, 2])
    }

    @Test func meaningfulEmojiBecomeWordsAndOthersSeparate() {
        #expect(words("I could kill him 😂") == ["i", "could", "kill", "him", "haha"])
        #expect(words("🌈yes🌈") == ["yes"])
    }

    @Test func veryLongRepliesStopAtTheWordLimit() {
        let result = TextNormalizer.words(in: String(repeating: "word ", count: 10_000))
        #expect(result.count == TextNormalizer.maximumWords)
    }
}
