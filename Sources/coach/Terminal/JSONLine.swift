import FoundationEssentials

/// One value as one line of JSON with sorted keys, the shape every `--format json` prints.
enum JSONLine {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
