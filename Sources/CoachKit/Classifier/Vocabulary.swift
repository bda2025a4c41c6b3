/// Gives each distinct stem a small number, so that patterns compare integers, not strings.
public struct Vocabulary: Sendable {
    public private(set) var stems: [String] = []
    private var ids: [String: Int32] = [:]

    /// The stem that `#` in a pattern stands for: any number. No word stems to it, since the
    /// normaliser never keeps a "#".
    public static let anyNumber = "#"

    public init() {}

    /// The stem's number, adding it when new.
    public mutating func intern(_ stem: String) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(stems.count)
        stems.append(stem)
        ids[stem] = id
        return id
    }

    public func id(of stem: String) -> Int32? { ids[stem] }

    public func stem(of id: Int32) -> String { stems[Int(id)] }
}
