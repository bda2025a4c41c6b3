import CoachKit
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func valuesKeepTheirOffsets() throws {
        let value = try parse(#"{"a": [1, true], "b": "x\u00e9"}"#)
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyOffset == 1)
        #expect(members[0].value.offset == 6)
        #expect(members[1].value.kind == .string("xé"))
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        #expect(try parse(#""line\nbreak \"quoted\" \ud83d\ude00""#).kind == .string("line\nbreak \"quoted\" 😀"))
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 7, "trailing comma before '}'"),
        ("[1,\n  ]", 2, "trailing comma before ']'"),
        ("{\"a\": 1, // no\n}", 9, #"JSON has no comments; write a member instead: "//": "your comment""#),
        (#"[1 2]"#, 3, "expected ',' or ']' after an element, found '2'"),
        (#"{"a" 1}"#, 5, "expected ':' after member name 'a'"),
        (#"01"#, 1, "numbers may not have leading zeros"),
        (#"[1] x"#, 4, "unexpected text after the end of the JSON document"),
        (#""\q""#, 1, #"unknown escape '\q'"#),
        ("", 0, "expected a value, found the end of the file"),
    ])
    func syntaxErrorsSayWhatAndWhere(text: String, offset: Int, message: String) {
        #expect(throws: JSONParser.SyntaxError(offset: offset, message: message)) { try parse(text) }
    }

    @Test func invalidUTF8InAStringIsAnErrorNotACrash() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func deepNestingIsRefusedRatherThanOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try parse(deep) }
    }

    @Test func lineAndColumnCountCharactersNotBytes() {
        let source = SourceText(fileName: "x.json", text: "{\n  \"é\": 1x\n}")
        // "x" is the 10th byte of its line but the 9th character.
        #expect(source.lineAndColumn(ofOffset: 11) == (2, 9))
        #expect(source.line(2) == "  \"é\": 1x")
    }
}
