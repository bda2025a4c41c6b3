@testable import CoachKit
import Testing

@Suite struct WordShapeFilterTests {
    @Test func everyWordOfTheTableMayBeContained() {
        let filter = WordShapeFilter(TextNormalizer.wordExpansions.keys)
        for word in TextNormalizer.wordExpansions.keys {
            #expect(filter.mayContain(Array(word.utf8)[...]), "\(word)")
        }
    }

    @Test func wordsOfOtherShapesAreRuledOut() {
        let filter = WordShapeFilter(["dont", "idk"])
        #expect(!filter.mayContain(Array("cheated".utf8)[...]))
        #expect(!filter.mayContain(Array("i".utf8)[...]))
        #expect(!filter.mayContain(Array("ide".utf8)[...]))
        #expect(!filter.mayContain(Array("much-longer-than-any".utf8)[...]))
        #expect(!filter.mayContain([]))
        #expect(filter.mayContain(Array("dint".utf8)[...]), "same length and ends: a lookup decides")
    }
}
