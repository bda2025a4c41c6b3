/// A set of intent (or rule) numbers, asked for every pattern a reply's words could begin.
///
/// Labels close together (the usual case: a node's few routes) are kept as bits from the
/// smallest one, so membership is a shift and a mask; labels spread far apart are kept sorted
/// and searched, so a node with two routes in a 10,000-intent script stays a few bytes.
public struct LabelSet: Sendable, Hashable {
    /// The widest span, in labels, still kept as bits.
    static let maximumBitSpan = 4_096

    /// The labels, in increasing order.
    private(set) var labels: [Int32] = []
    private var first: Int32 = 0
    private var bits: [UInt64] = []
    /// The labels' hash, computed once: a set is looked up by its labels on every reply.
    private var digest = 0

    public init<Labels: Sequence<Int32>>(_ labels: Labels) {
        // NB: a node has a handful of routes; sorting them beats building a hash set, and a
        // 10,000-node script makes 10,000 of these while it loads.
        var given = labels.filter { $0 >= 0 }
        given.sort()
        var labels: [Int32] = []
        labels.reserveCapacity(given.count)
        for label in given where label != labels.last { labels.append(label) }
        self.labels = labels
        digest = labels.hashValue
        guard let low = labels.first, let high = labels.last else { return }
        guard Int(high - low) < LabelSet.maximumBitSpan else { return }
        first = low
        bits = [UInt64](repeating: 0, count: Int(high - low) / 64 + 1)
        for label in labels {
            let offset = Int(label - low)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
    }

    public static func == (left: LabelSet, right: LabelSet) -> Bool {
        left.digest == right.digest && left.labels == right.labels
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    public func contains(_ label: Int32) -> Bool {
        if !bits.isEmpty {
            let offset = Int(label) - Int(first)
            guard offset >= 0, offset >> 6 < bits.count else { return false }
            return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }
        // Spread far apart: a binary search of the sorted labels.
        var low = 0, high = labels.count
        while low < high {
            let middle = (low + high) / 2
            if labels[middle] < label { low = middle + 1 } else { high = middle }
        }
        return low < labels.count && labels[low] == label
    }
}
