/// Real places to get help, decoded from `Dialogue/Safety/resources.json`: every line with the
/// service's own page it was checked against and the date. `Dialogue/README.md` says how a script
/// adds local ones through its `safety.resources`.
public struct SafetyResources: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var id: String
        public var text: String
        /// The service's own page the text was checked against.
        public var source: String
        /// When it was checked, as YYYY-MM-DD.
        public var checked: String
        /// Whether the text, number included, was found on `source` itself; when not, `note` says where.
        public var verified: Bool
        public var note: String
    }

    public var lines: [Line]
    /// Ids said before and after every list: the emergency number first, a worldwide directory last.
    var first: [String]
    var last: [String]
    /// Ids for each category, most specific first; the key `any` is for a list with no category.
    var shown: [String: [String]]

    /// The lines shown for a category (nil for all kinds of danger, as `/resources` shows them).
    public func lines(for category: SafetyCategory?) -> [String] {
        texts(of: first + (shown[category?.rawValue ?? "any"] ?? []) + last)
    }

    /// The lines for several categories, each category's own in turn, every line once.
    public func lines(for categories: [SafetyCategory]) -> [String] {
        var seen: Set<String> = []
        let own = categories.flatMap { shown[$0.rawValue] ?? [] }.filter { seen.insert($0).inserted }
        return texts(of: first + own + last)
    }

    private func texts(of ids: [String]) -> [String] {
        ids.compactMap { id in lines.first { $0.id == id }?.text }
    }
}

struct SafetyResourcesDecoder {
    private static let topFields = ["formatVersion", "about", "lines", "first", "last", "shown"]
    private static let lineFields = ["id", "text", "source", "checked", "verified", "note"]

    let context: DecodingContext

    func decode(_ root: JSONValue) -> SafetyResources? {
        let rootPath = JSONPath("", offset: root.offset)
        guard let top = ObjectReader(root, at: rootPath, context: context) else { return nil }
        top.rejectUnknownFields(known: Self.topFields)
        guard top.integer("formatVersion", required: true, in: 1...1) != nil else { return nil }
        let lines = (top.array("lines", required: true) ?? []).compactMap(decodeLine)
        var known: Set<String> = []
        for line in lines where !known.insert(line.id.value).inserted {
            context.report(.duplicateName, "two resource lines are named '\(line.id.value)'", at: line.id.path)
        }
        func ids(_ values: [Located<String>]) -> [String] {
            for value in values where !known.contains(value.value) {
                context.report(.unknownField, "no resource line is named '\(value.value)'", at: value.path)
            }
            return values.map(\.value)
        }
        var shown: [String: [String]] = [:]
        if let reader = top.object("shown", required: true) {
            let keys = SafetyCategory.allCases.map(\.rawValue) + ["any"]
            reader.rejectUnknownFields(known: keys)
            for key in keys { shown[key] = ids(reader.strings(key, required: true)) }
        }
        return SafetyResources(
            lines: lines.map(\.line), first: ids(top.strings("first", required: true)),
            last: ids(top.strings("last", required: true)), shown: shown)
    }

    private func decodeLine(_ value: JSONValue, at path: JSONPath) -> (id: Located<String>, line: SafetyResources.Line)? {
        guard let reader = ObjectReader(value, at: path, context: context) else { return nil }
        reader.rejectUnknownFields(known: Self.lineFields)
        guard let id = reader.string("id", required: true), let text = reader.string("text", required: true),
            let source = reader.string("source", required: true), let checked = reader.string("checked", required: true)
        else { return nil }
        if !source.value.hasPrefix("https://") {
            context.report(.invalidValue, "'source' is the service's own page, an https:// address", at: source.path)
        }
        if checked.value.utf8.count != 10 || !checked.value.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (48...57).contains($0) })
        {
            context.report(.invalidValue, "'checked' is a date written YYYY-MM-DD", at: checked.path)
        }
        let verified = reader.bool("verified") ?? false
        let note = reader.string("note")?.value ?? ""
        if !verified, note.isEmpty {
            context.report(
                .missingField, "a line not verified on its own page needs a 'note' saying where it was checked", at: path)
        }
        return (
            id,
            .init(
                id: id.value, text: text.value, source: source.value, checked: checked.value, verified: verified, note: note)
        )
    }
}
