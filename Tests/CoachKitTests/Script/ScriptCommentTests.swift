import CoachKit
import Testing

/// `"//"` and `"$comment"` members: accepted in any object of a script, never read.
@Suite struct ScriptCommentTests {
    /// A small script with a comment in every kind of object, the map-like ones included.
    static let commented = """
        {"//": "A test script.", "formatVersion": 1, "id": "c", "title": "C", "version": "1", "disclaimer": "d",
         "start": "ask",
         "source": {"title": "T", "author": "A", "$comment": "where it comes from"},
         "classifier": {"//": "defaults", "threshold": 1},
         "concepts": {"//": "not a concept", "calm": ["calm", "fine"]},
         "intents": {
           "$comment": ["not an intent", "either"],
           "calm": {"//": "an intent", "keywords": ["~calm", {"text": "at ease", "$comment": "a term"}]}
         },
         "nodes": [
           {"//": "the question", "id": "ask", "say": "How are you?",
            "ask": {"$comment": "one route",
                    "routes": [{"intent": "calm", "to": "end", "//": "a route"}],
                    "fallback": {"to": "end", "//": "after two misses"}}},
           {"id": "end", "say": "Bye.", "end": true, "//": ["the end", "of it"]}
         ]}
        """

    @Test func aCommentInAnyObjectIsAcceptedAndIgnored() throws {
        let script = try TestScripts.load(Self.commented).get()
        #expect(script.warnings.isEmpty)
        #expect(script.script.concepts.map(\.name) == ["calm"])
        #expect(script.script.intents.map(\.name) == ["calm"])
    }

    @Test func aCommentThatIsNotTextIsAnError() {
        let json = Self.commented.replacingOccurrences(of: #""//": "defaults""#, with: #""//": 3"#)
        let codes = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "c.json").map(\.description)
        #expect(codes == ["c.json:4:23: error[C006]: a comment is a string or a list of strings, found number"])
    }

    @Test func aListOfCommentLinesMustHoldOnlyText() {
        let json = Self.commented.replacingOccurrences(of: #"["the end", "of it"]"#, with: #"["the end", {}]"#)
        let messages = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "c.json").map(\.message)
        #expect(messages == ["a comment is a string or a list of strings, found a list holding an object"])
    }

    @Test func theSameCommentKeyTwiceInOneObjectSuggestsAList() {
        let json = Self.commented.replacingOccurrences(
            of: #""//": "the question","#, with: #""//": "the question", "//": "and more","#)
        let messages = ScriptLoader.diagnostics(bytes: Array(json.utf8), fileName: "c.json").map(\.message)
        #expect(messages == ["field '//' appears twice; to write several lines, give one '//' a list of strings"])
    }
}
