import Foundation
import Testing

/// `coach classify`, the authors' window into the classifier.
@Suite struct ClassifyCommandTests {
    @Test func withTextItPrintsOneIntentPerLine() throws {
        let result = try CoachBinary.run(["classify", "--node", "role", "it was me", "he cheated on me", "idk", "he choked me"])
        #expect(result.status == 0)
        #expect(result.output == "broke\nhurt\nunsure\ncrisis\n")
    }

    /// At an open question a reply is saved as the answer ("answer"), unless a global route takes
    /// it; a statement reads no reply, so classifying there is an error, not "fallback".
    @Test func saysWhatTheChatDoesAtOpenQuestionsAndRefusesStatements() throws {
        let open = try CoachBinary.run(["classify", "--node", "hurt_feel", "numb, mostly", "gotta go, bye"])
        #expect(open.status == 0, "\(open.errors)")
        #expect(open.output == "answer\nend\n")
        let statement = try CoachBinary.run(["classify", "--node", "hurt_intro", "hello"])
        #expect(statement.status == 2)
        #expect(statement.errors.contains("node 'hurt_intro' asks nothing"), "\(statement.errors)")
    }

    @Test func withoutTextItReadsLinesAndPrintsJSON() throws {
        let result = try CoachBinary.run(["classify", "--node", "apology"], lines: ["yeah no", "I want to kill myself"])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["text"] as? String == "yeah no")
        #expect(first["intent"] as? String == "no")
        #expect((first["candidates"] as? [[String: Any]])?.first?["intent"] as? String == "no")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["intent"] as? String == "crisis")
        #expect(second["safety"] as? String == "urgent")
        #expect(second["category"] as? String == "suicide_self_harm")
    }

    @Test func explainShowsTokensNegationsMatchesAndTheReason() throws {
        let result = try CoachBinary.run(["classify", "--node", "role", "--explain", "I didn't cheat, he did"])
        #expect(result.output.contains("cheat[not:2]"))
        #expect(result.output.contains("candidate hurt"))
        #expect(result.output.contains("\"~other did\" matched \"he did\""))
        #expect(result.output.contains("result: hurt"))
    }

    /// The learned weights' part of an explanation names the features that weighed, however the
    /// reply is given (a reply given as an argument once showed only the probabilities).
    @Test func explainListsTheFeaturesThatWeighedForRepliesGivenEitherWay() throws {
        let argument = try CoachBinary.run(["classify", "--node", "role", "--explain", "I didn't cheat, he did"])
        let piped = try CoachBinary.run(["classify", "--node", "role", "--explain"], lines: ["I didn't cheat, he did"])
        for result in [argument, piped] {
            let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("  intent hurt: ") })
            #expect(line.contains("; "), "\(line)")
            #expect(line.contains("not:cheat"), "\(line)")
        }
    }

    @Test func anUnknownNodeSuggestsTheClosest() throws {
        let result = try CoachBinary.run(["classify", "--node", "apolgy", "yes"])
        #expect(result.status == 2)
        #expect(result.errors.contains("no node 'apolgy'; did you mean 'apology'?"))
    }
}
