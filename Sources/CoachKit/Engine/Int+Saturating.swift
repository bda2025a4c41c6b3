extension Int {
    /// `self + other`, or the largest (smallest) Int where that would overflow: a counter read
    /// from a saved file may already be at the limit, and Swift traps on overflow.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
