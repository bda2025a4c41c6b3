import CoachKit
import Testing

/// Every node of the default script is reached by some conversation in these tests' scenarios.
@Suite struct NodeCoverageTests {
    /// Scripted conversations, one list of replies each, chosen to reach every node between them.
    static let scenarios: [[String]] = [
        ["I cheated", "I lied", "yes", "it hurt her", "time limits", "fear", "be honest"],
        ["I cheated", "I lied", "no", "yes", "I don't see why", "none", "fear", "talk"],
        ["I cheated", "I lied", "no", "no"],
        ["I cheated", "I lied", "not sure", "yes", "it hurt", "breaks", "fear", "talk"],
        ["I cheated", "I lied", "not sure", "no", "no"],
        ["I cheated", "I lied", "not sure", "still not sure", "it hurt", "breaks", "fear", "talk"],
        ["we both lied", "I hid it", "yes", "it hurt", "breaks", "fear", "talk", "sad", "walks", "yes", "time"],
        ["he cheated on me", "sad", "walks", "no", "it feels heavy"],
        ["he cheated on me", "sad", "walks", "not sure", "fear"],
        ["idk tbh", "it was me", "I lied"],
        ["idk", "no idea", "sad"],
        ["purple", "orange", "green", "blue"],
        ["he lied to me", "stop"],
    ]

    @Test func everyNodeIsReached() {
        var reached: Set<String> = []
        for replies in Self.scenarios {
            var conversation = Conversation()
            for reply in replies where !conversation.last.isFinished { conversation.say(reply) }
            reached.formUnion(conversation.reachedNodes)
        }
        let all = Set(TestScripts.trust.script.nodes.map(\.id))
        #expect(all.subtracting(reached).isEmpty, "never reached: \(all.subtracting(reached).sorted())")
    }
}
