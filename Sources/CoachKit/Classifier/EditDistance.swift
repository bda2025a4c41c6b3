/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each cost one ("trsut" is one edit from "trust").
///
/// Returns early with `limit + 1` once the distance must exceed `limit`, so checking a
/// candidate against a small bound costs little.
public func editDistance<S: Collection>(_ a: S, _ b: S, limit: Int = .max) -> Int
where S.Element: Equatable {
    let left = Array(a)
    let right = Array(b)
    if abs(left.count - right.count) > limit { return limit == .max ? limit : limit + 1 }
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previousPrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...right.count {
            let cost = left[i - 1] == right[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                value = min(value, previousPrevious[j - 2] + 1)
            }
            current[j] = value
            rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return limit + 1 }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[right.count]
}

/// The candidate closest to `name` when it is close enough to be a likely misspelling, for
/// "did you mean …?" advice.
public func closestMatch(to name: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, min(3, name.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(name.lowercased(), candidate.lowercased(), limit: limit)
        if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
}
