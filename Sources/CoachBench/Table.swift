import Foundation

/// The results as an aligned text table.
enum Table {
    static func render(_ results: [Measurement]) -> String {
        let rows =
            [["measure", "median", "p99", "unit", "n", "target"]]
            + results.map {
                [$0.name, format($0.median), format($0.p99), $0.unit, "\($0.iterations)", targetCell($0)]
            }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { column, cell in
                column == 0 || column == 5
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
            return index == 0 ? line + "\n" + String(repeating: "-", count: line.count) : line
        }.joined(separator: "\n")
    }

    /// The target, and whether the median misses it, so a missed goal is seen without the run failing.
    private static func targetCell(_ measurement: Measurement) -> String {
        guard let target = measurement.target else { return "" }
        return target.described(in: measurement.unit) + (measurement.meetsTarget ? "" : " MISSED")
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String((value * 100).rounded() / 100)
    }
}
