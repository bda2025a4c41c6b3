/// Logarithm and exponential from the four IEEE operations only, so that training gives the
/// same weights, bit for bit, on every machine: the platform's `log` and `exp` may differ in the
/// last bit between C libraries, and one bit is enough to change a learned weight.
// NB: every step is an add, multiply or divide in a fixed order, and Swift never fuses them.
enum StableMath {
    private static let ln2 = 0.693_147_180_559_945_3

    /// The natural logarithm of a positive, finite `x`.
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
        // x = m * 2^e with m in [1, 2): both parts are exact.
        let exponent = Double(x.exponent)
        let m = x.significand
        // log(m) = 2 atanh(z) with z = (m - 1) / (m + 1) < 1/3: the series gains a digit per term.
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        for _ in 0..<24 {
            sum += term / k
            term *= z2
            k += 2
        }
        return exponent * ln2 + 2 * sum
    }

    /// e to the power `x`.
    static func exp(_ x: Double) -> Double {
        guard x.isFinite else { return x > 0 ? .infinity : (x.isNaN ? .nan : 0) }
        if x < -745 { return 0 }
        if x > 709 { return .infinity }
        // x = k ln2 + r with |r| <= ln2 / 2, so e^x = 2^k e^r.
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1..<24 {
            term *= r / Double(n)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: 1) * sum
    }
}
