/// A JSON value that remembers where it stood in its source text, so that every problem found in a
/// dialogue script can be reported at its line and column.
public struct JSONValue: Sendable, Equatable {
    /// One member of a JSON object, in the order the source gives it.
    public struct Member: Sendable, Equatable {
        public var key: String
        /// Byte offset of the key's opening quote.
        public var keyOffset: Int
        public var value: JSONValue
    }

    public enum Kind: Sendable, Equatable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    public var kind: Kind
    /// Byte offset of the value's first character in the UTF-8 source.
    public var offset: Int

    /// The name of the value's JSON type, as messages to authors spell it.
    public var typeName: String {
        switch kind {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}
