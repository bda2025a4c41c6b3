@testable import CoachKit
import Testing

/// Matching within a question's scope uses an index of that scope's patterns only; it must
/// find exactly what matching everything and then keeping the scope's labels finds.
@Suite struct ScopedMatchingTests {
    @Test func scopedMatchesEqualFilteredUnscopedMatchesAtEveryNode() throws {
        let script = TestScripts.trust
        let patterns = script.classifier.patterns
        let replies = try TestScripts.rows(of: "evaluation/classifier.tsv").map { $0[2] }
        try #require(replies.count > 300)
        for node in script.script.nodes {
            let scope = try #require(script.scope(at: node.id))
            for reply in replies {
                let (tokens, ids) = patterns.analyze(TextNormalizer.words(in: reply))
                let everything = patterns.matches(in: tokens, ids: ids, scope: nil)
                let scoped = patterns.matches(in: tokens, ids: ids, scope: scope.members)
                let expected = everything.filter { scope.members.contains($0.label) }
                #expect(
                    Set(scoped.map(\.pattern)) == Set(expected.map(\.pattern)),
                    "at \(node.id): \(reply)")
                #expect(scoped.count == expected.count, "at \(node.id): \(reply)")
            }
        }
    }
}
