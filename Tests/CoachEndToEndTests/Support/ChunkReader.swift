import Foundation

/// Reads what a child process has written so far, without blocking for longer than asked.
enum ChunkReader {
    /// The text available on `descriptor` within `milliseconds`: "" when nothing came in time,
    /// nil at the end of the output.
    static func read(_ descriptor: Int32, waiting milliseconds: Int32) -> String? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return "" }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = Glibc.read(descriptor, &buffer, buffer.count)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil
    }
}
