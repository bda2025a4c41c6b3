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
        // Time words that leaving the chat is heard by ("talk tmrw"), and a few everyday forms.
        #expect(words("talk tmrw") == ["talk", "tomorrow"])
        #expect(words("not 2nite") == ["not", "tonight"])
        #expect(words("ig") == ["i", "guess"])
        #expect(words("lied n hid it") == ["lied", "and", "hid", "it"])
    }

    @Test func caseCurlyQuotesAccentsAndStretchedLettersAreFolded() {
        #expect(words("SOOO Naïve") == ["so", "naive"])
        #expect(words("yesss") == ["yes"])
        #expect(words("sorry") == ["sorry"])
        #expect(words("apologise") == words("apologize"))
        #expect(words("behaviour") == words("behavior"))
    }

    @Test func numbersAreKeptWholeAndNeverSqueezedLikeStretchedLetters() {
        #expect(words("90000 texts") == ["90000", "texts"])
        #expect(words("1,000 times") == ["1000", "times"])
        #expect(words("2.5 years") == ["2.5", "years"])
        // A full stop or comma that no digit follows still ends the clause.
        let result = TextNormalizer.words(in: "at 5. then 3, maybe")
        #expect(result.map(\.text) == ["at", "5", "then", "3", "maybe"])
        #expect(result.map(\.clause) == [0, 0, 1, 1, 2])
        #expect(TextNormalizer.isNumber("2.5") && TextNormalizer.isNumber("1000"))
        #expect(!TextNormalizer.isNumber("5.") && !TextNormalizer.isNumber("b4") && !TextNormalizer.isNumber("1.2.3"))
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
