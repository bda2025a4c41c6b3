import FoundationEssentials
import Glibc

/// Colour and emphasis, only where a person is looking at a terminal and has not asked for
/// plain text (`NO_COLOR`, `--no-color`).
struct TerminalStyle {
    var isEnabled: Bool

    /// Colour when `stream` is a terminal, `NO_COLOR` is unset and colour was not turned off.
    static func detect(for stream: Int32, noColorFlag: Bool) -> TerminalStyle {
        let noColor = Environment.value(of: "NO_COLOR").map { !$0.isEmpty } ?? false
        return TerminalStyle(isEnabled: isatty(stream) == 1 && !noColor && !noColorFlag)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
}
