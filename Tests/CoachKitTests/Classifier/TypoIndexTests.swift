@testable import CoachKit
import Testing

@Suite struct TypoIndexTests {
    let index = TypoIndex(words: [
        "cheated": 1, "trust": 2, "definitely": 3, "betray": 4, "bread": 5, "break": 6, "lie": 7, "trying": 8,
    ])

    @Test(
        arguments: [
            ("cheeted", 1), ("cheatd", 1), ("trsut", 2), ("trusst", 2), ("definately", 3), ("betary", 4), ("rtust", 2),
        ] as [(String, Int32)])
    func correctsWordsWithinTheirAllowedDistance(_ typo: String, _ stem: Int32) {
        #expect(index.correction(for: typo) == stem)
    }

    @Test(arguments: ["lei", "trust", "xxxxx", "cheatingly", "deffinnatly"])
    func leavesKnownShortAndDistantWordsAlone(_ word: String) {
        #expect(index.correction(for: word) == nil)
    }

    /// A real word one letter from a known one, at its start, is another word, not a typo.
    @Test(arguments: ["crying", "frying", "dreak"])
    func aDifferentFirstLetterIsAnotherWord(_ word: String) {
        #expect(index.correction(for: word) == nil)
    }

    @Test func breaksTiesAlphabetically() {
        // "breac" is one edit from both "bread" and "break".
        #expect(index.correction(for: "breac") == 5)
    }
}
