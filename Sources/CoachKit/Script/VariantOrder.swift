/// How one of several wordings is chosen: at random (by the conversation's seeded generator), or
/// each in turn, wrapping around, as ELIZA gave its replies to one keyword.
public enum VariantOrder: String, Sendable, Equatable, CaseIterable {
    case random
    case inTurn
}

extension ObjectReader {
    /// The `key` field as a `VariantOrder`; `.random` when absent, and reported when it is
    /// something else.
    func variantOrder(_ key: String) -> VariantOrder { choice(key, otherwise: .random) }

    /// The `key` field as one of an enum's cases, spelled as its raw value; `fallback` when
    /// absent, and reported, with every spelling, when it is something else.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, otherwise fallback: Choice) -> Choice
    where Choice.RawValue == String {
        guard let value = string(key) else { return fallback }
        guard let choice = Choice(rawValue: value.value) else {
            let spellings = Choice.allCases.map { "'\($0.rawValue)'" }
            let listed = spellings.dropLast().joined(separator: ", ") + " or " + (spellings.last ?? "")
            context.report(.invalidValue, "'\(key)' is \(listed), found '\(value.value)'", at: value.path)
            return fallback
        }
        return choice
    }
}
