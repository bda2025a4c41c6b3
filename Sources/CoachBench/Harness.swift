import Foundation

/// A small measuring harness: warm up, time many iterations, report the median and the 99th
/// percentile. Chosen over package-benchmark because that needs jemalloc and a build plugin,
/// minutes of extra CI time, for the three statistics this project reports.
struct Measurement: Codable {
    var name: String
    var unit: String
    var median: Double
    var p99: Double
    var iterations: Int
    /// The target, in `unit`; nil when there is none.
    var target: Target?

    /// False when the median misses its target; a measure without one always meets it.
    var meetsTarget: Bool { target?.isMet(by: median) ?? true }

    /// True when the median misses a bound, which fails the run.
    var breaksBound: Bool { target?.kind == .bound && !meetsTarget }
}

enum Harness {
    /// Times `body` (which performs `batch` operations per call) and returns per-operation figures
    /// in microseconds.
    static func measure(
        _ name: String, iterations: Int, batch: Int = 1, warmup: Int = 20, target: Target? = nil, _ body: () -> Void
    ) -> Measurement {
        for _ in 0..<warmup { body() }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let end = DispatchTime.now().uptimeNanoseconds
            samples.append(Double(end - start) / 1_000 / Double(batch))
        }
        return summarize(name, unit: "µs", samples: samples, target: target)
    }

    static func summarize(_ name: String, unit: String, samples: [Double], target: Target? = nil) -> Measurement {
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
        }
        return Measurement(
            name: name, unit: unit, median: percentile(0.5), p99: percentile(0.99), iterations: sorted.count, target: target)
    }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
