import Dispatch
import Synchronization

/// Work started on another core while the main thread does something else, then waited for.
/// The chat compiles the safety layer this way while it loads the script.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// Blocks until the work is done and returns its value.
    func wait() -> Value? {
        done.wait()
        done.signal()
        return result.withLock { $0 }
    }
}
