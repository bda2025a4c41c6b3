@testable import CoachKit
import Testing

@Suite struct LabelSetTests {
    @Test(arguments: [
        [Int32](), [0], [3, 5, 64, 65, 127], [9_990, 10_000], [2, 9_000, 40_000], [0, 4_095], [0, 4_096],
    ])
    func containsExactlyItsLabels(_ labels: [Int32]) {
        let set = LabelSet(labels)
        let probes = Set(labels.flatMap { [$0 - 1, $0, $0 + 1] } + [0, 1, 63, 64, 4_095, 4_096, 50_000])
        for probe in probes {
            #expect(set.contains(probe) == labels.contains(probe), "label \(probe) in \(labels)")
        }
    }

    @Test func ignoresNegativeLabels() {
        let set = LabelSet([-1, 2])
        #expect(!set.contains(-1))
        #expect(set.contains(2))
    }
}

@Suite struct FlatListsTests {
    @Test func keepsEveryListInOrderIncludingEmptyOnes() {
        let lists: [[Int32]] = [[1, 2], [], [3], [], [4, 5, 6]]
        let flat = FlatLists(lists)
        #expect(flat.count == lists.count)
        for (index, list) in lists.enumerated() {
            #expect(Array(flat[index]) == list)
            #expect(flat.positions(of: index).map { flat.values[$0] } == list)
        }
    }
}

@Suite struct PatternPiecesTests {
    @Test(arguments: [
        ("broke  * trust", ["broke", "*", "trust"]),
        ("\tmy ~partner\n lied ", ["my", "~partner", "lied"]),
        ("café\u{00A0}trust", ["café", "trust"]),
        ("no\u{2003}way", ["no", "way"]),
        ("", []),
        ("   ", []),
    ])
    func splitsOnAnyWhiteSpace(_ text: String, _ pieces: [String]) {
        #expect(PatternCompiler.pieces(of: text) == pieces)
    }
}
