/// The address of a value in a JSON document, such as `nodes[3].ask.routes[1].to`, with the byte
/// offset where the value (or, for a missing field, its parent) begins.
///
/// NB: every value decoded from a script carries its path, so a path is a link to its parent,
/// not a string: the text is built only when a diagnostic is shown.
public struct JSONPath: Sendable, Equatable, Hashable, CustomStringConvertible {
    private final class Link: Sendable {
        let parent: Link?
        let key: String?
        let index: Int

        init(parent: Link?, key: String?, index: Int) {
            self.parent = parent
            self.key = key
            self.index = index
        }
    }

    private let link: Link?
    public let offset: Int

    /// A path from its text, such as `"nodes[0].say"`; the empty text is the document itself.
    public init(_ components: String = "", offset: Int = 0) {
        link = components.isEmpty ? nil : Link(parent: nil, key: components, index: 0)
        self.offset = offset
    }

    private init(link: Link?, offset: Int) {
        self.link = link
        self.offset = offset
    }

    public func appending(key: String, offset: Int) -> JSONPath {
        JSONPath(link: Link(parent: link, key: key, index: 0), offset: offset)
    }

    public func appending(index: Int, offset: Int) -> JSONPath {
        JSONPath(link: Link(parent: link, key: nil, index: index), offset: offset)
    }

    /// The path as text: `nodes[3].ask.routes[1].to`.
    public var components: String {
        var parts: [String] = []
        var current = link
        while let node = current {
            parts.append(node.key ?? "[\(node.index)]")
            current = node.parent
        }
        var text = ""
        for part in parts.reversed() {
            if !text.isEmpty, !part.hasPrefix("[") { text += "." }
            text += part
        }
        return text
    }

    public var description: String {
        let text = components
        return text.isEmpty ? "(top level)" : text
    }

    public static func == (left: JSONPath, right: JSONPath) -> Bool {
        left.offset == right.offset && left.components == right.components
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(offset)
        hasher.combine(components)
    }
}
