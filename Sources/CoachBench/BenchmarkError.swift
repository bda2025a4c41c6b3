/// Why a benchmark could not produce its figure. A measure that cannot be taken fails the run:
/// skipping it would let its target pass unchecked.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
}
