import Synchronization

/// A thread-safe memo that starts again once it holds `capacity` entries, so its memory stays
/// bounded however long a chat runs. The classifier keeps one for the words replies use and
/// one for the scopes questions ask in.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int
    private let entries = Mutex<[Key: Value]>([:])

    init(capacity: Int) { self.capacity = capacity }

    /// The value remembered for `key`, computing and remembering it the first time.
    // NB: computed outside the lock, so a slow computation never holds up other lookups; two
    // threads may both compute a new key, and they compute the same value.
    func value(for key: Key, orCompute compute: () -> Value) -> Value {
        if let known = entries.withLock({ $0[key] }) { return known }
        let value = compute()
        entries.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}
