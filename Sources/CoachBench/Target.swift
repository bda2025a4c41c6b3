import Foundation

/// A figure an issue set for one measure, shown beside it in the table. A bound is a regression
/// the run fails on (a phrase that makes matching exponential again, memory that grows with every
/// turn): a failing benchmark, not a number someone has to notice. A goal is where an open issue
/// aims (the performance issue's per-reply figures): the table marks it missed, and the run goes on,
/// so the bounds keep guarding while the goals are still being worked towards.
// NB: the median, not the 99th percentile: one preempted sample on a busy machine must not fail
// the run, and every target here is about the typical case staying within it.
struct Target: Codable, Equatable {
    enum Direction: String, Codable {
        case atMost, atLeast
    }

    enum Kind: String, Codable {
        case bound, goal
    }

    var direction: Direction
    var value: Double
    var kind: Kind

    static func atMost(_ value: Double) -> Target { Target(direction: .atMost, value: value, kind: .goal) }
    static func atLeast(_ value: Double) -> Target { Target(direction: .atLeast, value: value, kind: .goal) }
    static func bound(atMost value: Double) -> Target { Target(direction: .atMost, value: value, kind: .bound) }

    func isMet(by figure: Double) -> Bool {
        switch direction {
        case .atMost: figure <= value
        case .atLeast: figure >= value
        }
    }

    /// "≤ 10,000 µs (bound)", as the table shows it.
    func described(in unit: String) -> String {
        let sign = direction == .atMost ? "≤" : "≥"
        return "\(sign) \(Target.grouped(value)) \(unit) (\(kind.rawValue))"
    }

    private static func grouped(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
