import CoachKit
import Testing

/// The English pack (`Dialogue/Language/english.json`) decodes cleanly, replies are read through
/// it, and a mistake in a pack is reported at its line and column with a script's codes.
@Suite struct LanguagePackTests {
    private let english = String(decoding: LanguagePack.embeddedEnglishSource.bytes, as: UTF8.self)

    private func problems(_ text: String) -> [String] {
        switch LanguagePack.decode(SourceText(fileName: "english.json", text: text)) {
        case .success: []
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    /// The English pack with `old` replaced by `new`; fails the test when `old` is not in it.
    private func edited(_ old: String, _ new: String) throws -> String {
        try #require(english.contains(old), "the pack has no '\(old)'")
        return english.replacing(old, with: new, maxReplacements: 1)
    }

    @Test func theEnglishPackDecodesWithNoProblemAtAll() {
        #expect(problems(english) == [])
    }

    @Test func repliesAreReadThroughThePack() {
        let words = TextNormalizer.words(in: "idk tbh, he's gonna say im fine but 😢").map(\.text)
        #expect(
            words == ["i", "do", "not", "know", "honestly", "he", "is", "going", "to", "say", "i", "am", "fine", "but", "crying"])
        #expect(TextNormalizer.words(in: "fine but sad").map(\.clause) == [0, 1, 1])
        #expect(Reflection.reflect("I was sure you lied to me.") == "you were sure I lied to you")
    }

    @Test func aWordTheNormaliserCannotProduceIsReportedAtItsKey() throws {
        let found = problems(try edited(#""dont": "do not""#, #""Don't": "do not""#))
        #expect(found.count == 1)
        #expect(found.first?.contains("english.json:6:5: error[C006]: 'Don't' is not a word as replies are read") == true)
    }

    /// Words after the end are matched word by word: an empty entry, a doubled space or a capital
    /// could never match, so each is reported rather than dropped.
    @Test(arguments: [
        (#""""#, "is empty"), (#""right  now""#, "is not a word as replies are read"),
        (#""Right now""#, "is not a word as replies are read"),
    ])
    func aWordAfterTheEndThatCannotBeReadIsReported(entry: String, problem: String) throws {
        let found = problems(try edited(#""now", "right now", "at the moment""#, #""now", \#(entry), "at the moment""#))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains(problem) == true, "\(found)")
    }

    @Test func aWordExpandedTwiceIsReportedOnce() throws {
        let found = problems(try edited(#""yep": "yes""#, #""yep": "yes", "dont": "do not""#))
        #expect(found.count == 1)
        #expect(found.first?.contains("error[C010]: 'dont' is expanded twice") == true)
    }

    @Test func anEndingHiddenBehindAShorterOneIsReported() throws {
        // "our" moved from last to first: "iour", which ends with it, would never be tried.
        let moved = try edited(#"["isation", "ization"],"#, #"["our", "or"], ["isation", "ization"],"#)
        let last = "[\"iours\", \"iors\"],\n    [\"our\", \"or\"]"
        try #require(moved.contains(last))
        let found = problems(moved.replacing(last, with: "[\"iours\", \"iors\"]"))
        #expect(found.count == 1)
        #expect(found.first?.contains("'iour' ends with 'our', listed before it, so it is never used") == true)
    }

    @Test func anEmojiKeyOfSeveralCharactersAndAMisspeltFieldAreReported() throws {
        let text = try edited(#""reach": 5"#, #""raech": 5"#).replacing(#""\#u{1F622}""#, with: #""\#u{1F622}\#u{1F622}""#)
        let found = problems(text)
        #expect(found.contains { $0.contains("an emoji key is one character") })
        #expect(found.contains { $0.contains("error[C004]: unknown field 'raech'; did you mean 'reach'?") })
        #expect(found.contains { $0.contains("error[C005]: missing required field 'reach'") })
    }

    @Test func aPackThatIsNotJSONIsAnErrorAtItsPlace() {
        #expect(
            problems("{\n  \"formatVersion\": 1,\n}").first?.contains("english.json:2:21: error[C001]") == true,
            "at the trailing comma")
    }
}
