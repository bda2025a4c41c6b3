/// Keyword weights learned from labelled examples by naive Bayes: for every feature seen in
/// training, how much more likely each label makes it.
///
/// Training is counting, so the same examples give the same weights on every machine, bit for
/// bit (`StableMath` keeps the logarithms platform-independent), in milliseconds, with no file
/// to download. A question's intents start level (`Prior.level`): how many examples an author
/// wrote for each must not decide what a reply means. A yes-or-no model for a global intent
/// starts at a fixed share for the intent (`Prior.share`): most replies are answers, not a wish
/// to leave, and a reply with little to say should stay an answer.
struct NaiveBayesWeights: Sendable {
    /// The labels, in the order the weights list them.
    let labels: [String]
    /// Each known feature's row in `weights`, by its digest (`FeatureDigest`).
    private let rows: DigestTable
    /// For each known feature, its weight for each label, a row of `labels.count` in a row:
    /// log P(feature | label), less the mean over labels, so a feature that says nothing weighs
    /// zero everywhere.
    // NB: one flat array rather than an array per feature: training 2,000 examples made some
    // 60,000 small arrays, and their allocation was most of the time it took.
    private let weights: [Double]
    /// Each label's log prior.
    private let priors: [Double]
    /// Laplace smoothing: a feature never seen with a label counts as seen this often.
    static let smoothing = 0.5

    enum Prior {
        /// Every label starts equal.
        case level
        /// The first label starts with this share, the others split the rest.
        // NB: a fixed share rather than the examples' own: with shares, every example an author
        // added at a question made leaving the chat a little less likely everywhere.
        case share(Double)
    }

    /// - Parameter examples: each example's features and label; labels without examples are
    ///   left out, so the model never chooses them.
    init(examples: [(features: [UInt64], label: String)], labels allLabels: [String], prior: Prior = .level) {
        let present = Set(examples.map(\.label))
        labels = allLabels.filter { present.contains($0) }
        let index = Dictionary(labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let width = labels.count
        var rows = DigestTable(capacity: examples.count * 8)
        var counts: [Double] = []
        var totals = [Double](repeating: 0, count: width)
        for example in examples {
            guard let label = index[example.label] else { continue }
            // NB: `ReplyFeatures` lists each feature once, so a set is not needed here.
            for feature in example.features {
                let (found, isNew) = rows.insert(feature)
                let row = Int(found)
                if isNew { counts.append(contentsOf: repeatElement(0, count: width)) }
                counts[row * width + label] += 1
                totals[label] += 1
            }
        }
        let vocabularySize = Double(rows.count)
        let smoothing = Self.smoothing
        var weights = [Double](repeating: 0, count: counts.count)
        // NB: each feature's weights are computed alone, in label order, from counts that are
        // whole numbers, so neither the order of the examples nor of the dictionary can change a bit.
        for row in 0..<rows.count {
            var mean = 0.0
            for label in 0..<width {
                // NB: a feature's share of all features seen with the label (multinomial), not of the
                // label's examples: a smoothing of half a count over every feature keeps a rare word
                // from speaking for the label with fewer examples, which example shares would do.
                let weight = StableMath.log(
                    (counts[row * width + label] + smoothing) / (totals[label] + smoothing * vocabularySize))
                weights[row * width + label] = weight
                mean += weight
            }
            mean /= Double(width)
            for label in 0..<width { weights[row * width + label] -= mean }
        }
        self.rows = rows
        self.weights = weights
        switch prior {
        case .level:
            priors = [Double](repeating: 0, count: labels.count)
        case .share(let first):
            let rest = labels.count > 1 ? (1 - first) / Double(labels.count - 1) : 1
            priors = labels.indices.map { StableMath.log($0 == 0 ? first : rest) }
        }
    }

    var featureCount: Int { rows.count }

    /// The weights a feature carries for each label, or nil for a feature training never saw.
    func weights(of feature: UInt64) -> ArraySlice<Double>? {
        guard let row = rows.row(of: feature) else { return nil }
        let start = Int(row) * labels.count
        return weights[start..<start + labels.count]
    }

    /// Each label's log-odds for a reply's features: its prior plus the features' weights,
    /// divided by `calibration`.
    func logOdds(of features: [UInt64]) -> [Double] {
        var evidence = [Double](repeating: 0, count: labels.count)
        for feature in features {
            guard let row = weights(of: feature) else { continue }
            for (label, weight) in zip(evidence.indices, row) { evidence[label] += weight }
        }
        return labels.indices.map { (priors[$0] + evidence[$0]) / Self.calibration }
    }

    /// What scores are divided by before they become probabilities. Naive Bayes counts a word,
    /// its pairs and its concept as independent evidence although they say one thing, so its raw
    /// probabilities are near 0 or 1 and a confidence threshold would never bite. 4.5 gave the
    /// lowest log loss in five-fold cross-validation on the trust script's own examples (4 and 5
    /// were within 1%); the corpus played no part in choosing it.
    static let calibration = 4.5

    /// Log-odds (calibrated scores, and anything added to them) turned into probabilities
    /// that sum to one.
    static func probabilities(ofLogOdds scores: [Double]) -> [Double] {
        guard let highest = scores.max() else { return [] }
        let exponentials = scores.map { StableMath.exp($0 - highest) }
        var total = 0.0
        for value in exponentials { total += value }
        return exponentials.map { $0 / total }
    }

    /// A digest of every weight, in a fixed order: equal digests mean equal weights.
    var fingerprint: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bits: UInt64) {
            hash ^= bits
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for label in labels { for byte in label.utf8 { mix(UInt64(byte)) } }
        for prior in priors { mix(prior.bitPattern) }
        for feature in rows.allKeys.sorted() {
            mix(feature)
            for weight in weights(of: feature) ?? [] { mix(weight.bitPattern) }
        }
        return hash
    }
}
