/// How one of several wordings is chosen: at random (by the conversation's seeded generator), or
/// each in turn, wrapping around, as ELIZA gave its replies to one keyword.
public enum VariantOrder: String, Sendable, Equatable {
    case random
    case inTurn

    /// The field's values as the format spells them, for messages.
    static let spellings = "'random' or 'inTurn'"
}

extension ObjectReader {
    /// The `key` field as a `VariantOrder`; `.random` when absent, and reported when it is
    /// something else.
    func variantOrder(_ key: String) -> VariantOrder {
        guard let value = string(key) else { return .random }
        guard let order = VariantOrder(rawValue: value.value) else {
            context.report(
                .invalidValue, "'\(key)' is \(VariantOrder.spellings), found '\(value.value)'", at: value.path)
            return .random
        }
        return order
    }
}
