/// The address of a value in a JSON document, such as `nodes[3].ask.routes[1].to`, with the byte
/// offset where the value (or, for a missing field, its parent) begins.
public struct JSONPath: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var components: String
    public var offset: Int

    public init(_ components: String = "", offset: Int = 0) {
        self.components = components
        self.offset = offset
    }

    public func appending(key: String, offset: Int) -> JSONPath {
        JSONPath(components.isEmpty ? key : "\(components).\(key)", offset: offset)
    }

    public func appending(index: Int, offset: Int) -> JSONPath {
        JSONPath("\(components)[\(index)]", offset: offset)
    }

    public var description: String { components.isEmpty ? "(top level)" : components }
}
