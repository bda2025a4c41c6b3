extension Engine {
    /// Which of `count` wordings to say: one drawn by the seeded generator, or the next of the
    /// list in turn, wrapping around, its place kept in the state under `list`.
    /// - Parameter drawsForOne: whether a single wording still draws from the generator at random,
    ///   as re-asking always did: kept for `reask`, so transcripts recorded before wordings could
    ///   come in turn replay exactly. Nothing newer draws for one wording.
    func variantIndex(
        of count: Int, _ order: VariantOrder, list: String, drawsForOne: Bool = false, _ step: inout Step
    ) -> Int {
        guard count > 1 || (count == 1 && drawsForOne && order == .random) else { return 0 }
        switch order {
        case .random:
            return Int.random(in: 0..<count, using: &step.state.random)
        case .inTurn:
            let next = step.state.nextVariant[list, default: 0]
            // NB: a saved state can say anything; a place past the end (a list that shrank) wraps.
            let index = ((next % count) + count) % count
            step.state.nextVariant[list] = (index + 1) % count
            return index
        }
    }
}
