import FoundationEssentials
import Glibc

/// Reads plain lines from standard input when it is not a terminal: no prompt, no echo, so
/// `printf 'I lied to her\nyes\n' | coach` prints a clean conversation.
final class PlainLineReader: LineReader {
    var isInteractive: Bool { false }

    func readLine(prompt: String) -> LineInput {
        // NB: Swift's readLine repairs invalid UTF-8 with U+FFFD rather than failing.
        guard var line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        // NB: every carriage return at the end goes, not only one: "\r\r\n" (a stuck key, a file
        // converted twice) is two, and one left would be saved as part of the answer.
        while line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    func remember(_ line: String) {}
}
