/// A map from feature digests to row numbers, open-addressed: classifying looks up every
/// feature of a reply in every model in scope, and `Dictionary` hashes each 64-bit key again
/// with SipHash although a digest is already well mixed. Here the digest's low bits are the slot.
struct DigestTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// - Parameter capacity: how many keys it will hold; it never grows past half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The row of a digest, or nil.
    func row(of key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let row = rows[slot]
            if row < 0 { return nil }
            if keys[slot] == key { return row }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a digest with the next row number unless it is there; returns its row.
    mutating func insert(_ key: UInt64) -> (row: Int32, isNew: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while rows[slot] >= 0 {
            if keys[slot] == key { return (rows[slot], false) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = Int32(count)
        count += 1
        return (rows[slot], true)
    }

    /// Every digest held, in no particular order.
    var allKeys: [UInt64] {
        zip(keys, rows).compactMap { $0.1 >= 0 ? $0.0 : nil }
    }

    private mutating func grow() {
        let old = zip(keys, rows).filter { $0.1 >= 0 }.sorted { $0.1 < $1.1 }
        var bigger = DigestTable(capacity: keys.count)
        for (key, _) in old { _ = bigger.insert(key) }
        self = bigger
    }
}
