import Dispatch
import Synchronization

/// Work started on another core while the caller does something else, then waited for.
///
/// The chat compiles the safety layer this way while it loads the script, and a script's
/// keyword weights train this way while the opening is shown: the first reply is the first
/// moment they are needed.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// Blocks until the work is done and returns its value.
    // NB: optional only in type: the value is always set before `done` is signalled.
    public func wait() -> Value? {
        done.wait()
        done.signal()
        return result.withLock { $0 }
    }
}
