/// A strict JSON parser (RFC 8259) that records the byte offset of every value and key.
///
/// Foundation's decoders say neither where a value stood nor more than one thing at a time; the
/// script loader needs both to report every problem at its line and column.
///
///     let value = try JSONParser.parse(Array(#"{"a": [1, true]}"#.utf8))
///     // value.kind == .object([Member(key: "a", keyOffset: 1, value: ...)])
public enum JSONParser {
    /// Deeper nesting than this is refused rather than risking the stack.
    public static let maximumDepth = 256

    /// A syntax error at a byte offset.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var offset: Int
        public var message: String

        public init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    /// Parses one JSON document.
    /// - Throws: `SyntaxError` at the first place the text stops being JSON.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var cursor = Cursor(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.position = 3 }
        cursor.skipWhitespace()
        let value = try cursor.parseValue(depth: 0)
        cursor.skipWhitespace()
        guard cursor.isAtEnd else {
            throw cursor.error("unexpected text after the end of the JSON document")
        }
        return value
    }
}

private struct Cursor {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func error(_ message: String, at offset: Int? = nil) -> JSONParser.SyntaxError {
        JSONParser.SyntaxError(offset: offset ?? position, message: message)
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParser.SyntaxError) -> JSONValue {
        guard depth < JSONParser.maximumDepth else {
            throw error("nesting is deeper than \(JSONParser.maximumDepth) levels")
        }
        let start = position
        guard let byte = current else { throw error("expected a value, found the end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return JSONValue(kind: .object(try parseObject(depth: depth)), offset: start)
        case UInt8(ascii: "["): return JSONValue(kind: .array(try parseArray(depth: depth)), offset: start)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(kind: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(kind: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(kind: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), offset: start)
        default:
            throw error("expected a value, found \(describe(byte))")
        }
    }

    mutating func parseObject(depth: Int) throws(JSONParser.SyntaxError) -> [JSONValue.Member] {
        position += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return members }
        // NB: a trailing comma is reported at the comma, which is what to delete.
        var comma = position
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw error("trailing comma before '}'", at: comma) }
                if current == UInt8(ascii: "/") {
                    throw error("JSON has no comments; write a member instead: \"//\": \"your comment\"")
                }
                throw error("expected a quoted member name, found \(describe(current))")
            }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after member name '\(key)'") }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONValue.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): comma = position; position += 1
            case UInt8(ascii: "}"): position += 1; return members
            default: throw error("expected ',' or '}' after a member, found \(describe(current))")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParser.SyntaxError) -> [JSONValue] {
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return elements }
        var comma = position
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw error("trailing comma before ']'", at: comma) }
            if current == UInt8(ascii: "/") {
                throw error("JSON has no comments; in an object, write a member instead: \"//\": \"your comment\"")
            }
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): comma = position; position += 1
            case UInt8(ascii: "]"): position += 1; return elements
            default: throw error("expected ',' or ']' after an element, found \(describe(current))")
            }
        }
    }

    mutating func parseString() throws(JSONParser.SyntaxError) -> String {
        let start = position
        position += 1
        // NB: most strings have no escapes; those become a String straight from the bytes.
        var scan = position
        var seen: UInt8 = 0
        while scan < bytes.count, bytes[scan] != UInt8(ascii: "\""), bytes[scan] != UInt8(ascii: "\\"), bytes[scan] >= 0x20 {
            seen |= bytes[scan]
            scan += 1
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\""), seen < 0x80 {
            // NB: ASCII is always valid UTF-8; the generic validating initialiser was a sixth of
            // loading a large script.
            position = scan + 1
            return String(decoding: bytes[(start + 1)..<scan], as: UTF8.self)
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\"") {
            guard let text = String(validating: bytes[position..<scan], as: UTF8.self) else {
                throw error("string is not valid UTF-8", at: start)
            }
            position = scan + 1
            return text
        }
        var scalars: [UInt8] = []
        var runStart = position
        while true {
            guard let byte = current else { throw error("unterminated string", at: start) }
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: bytes[runStart..<position])
                position += 1
                break
            }
            if byte == 0x0A || byte == 0x0D {
                throw error(
                    "unterminated string: a string must close on the line it opens (write \\n for a line break)", at: start)
            }
            if byte < 0x20 { throw error("control character in a string; write it as an escape such as \\t") }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: bytes[runStart..<position])
                try appendEscape(to: &scalars)
                runStart = position
                continue
            }
            position += 1
        }
        guard let text = String(validating: scalars, as: UTF8.self) else {
            throw error("string is not valid UTF-8", at: start)
        }
        return text
    }

    mutating func appendEscape(to output: inout [UInt8]) throws(JSONParser.SyntaxError) {
        position += 1
        guard let byte = current else { throw error("unterminated escape") }
        position += 1
        let simple: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple { output.append(simple); return }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape '\\\(describeRaw(byte))'", at: position - 2) }
        var scalar = try readHex4()
        if (0xD800...0xDBFF).contains(scalar) {
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("lone high surrogate in a \\u escape")
            }
            position += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate in a \\u escape") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("\\u escape is not a Unicode scalar") }
        output.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    mutating func readHex4() throws(JSONParser.SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u needs four hex digits")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    mutating func parseNumber() throws(JSONParser.SyntaxError) -> Double {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, isDigit(first) else { throw error("expected a digit") }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = current, isDigit(next) { throw error("numbers may not have leading zeros") }
        } else {
            while let byte = current, isDigit(byte) { position += 1 }
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard let byte = current, isDigit(byte) else { throw error("expected a digit after '.'") }
            while let byte = current, isDigit(byte) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let byte = current, isDigit(byte) else { throw error("expected a digit in the exponent") }
            while let byte = current, isDigit(byte) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else { throw error("number out of range", at: start) }
        return value
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParser.SyntaxError) {
        let expected = literal.withUTF8Buffer { Array($0) }
        guard bytes.count - position >= expected.count,
            Array(bytes[position..<position + expected.count]) == expected
        else { throw error("expected a value, found \(describe(current))") }
        position += expected.count
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "the end of the file" }
        return "'\(describeRaw(byte))'"
    }

    func describeRaw(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }
}
