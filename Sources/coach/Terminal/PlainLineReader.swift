import FoundationEssentials
import Glibc

/// Reads plain lines from standard input when it is not a terminal: no prompt, no echo, so
/// `printf 'I lied to her\nyes\n' | coach` prints a clean conversation.
final class PlainLineReader: LineReader {
    var isInteractive: Bool { false }

    func readLine(prompt: String) -> LineInput {
        // NB: Swift's readLine repairs invalid UTF-8 with U+FFFD rather than failing.
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func remember(_ line: String) {}
}
