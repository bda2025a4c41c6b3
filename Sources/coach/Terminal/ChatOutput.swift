import CoachKit
import FoundationEssentials
import Glibc

/// Puts the conversation on screen: the coach's messages wrapped and, on a terminal, coloured by
/// kind; in piped mode the person's lines are echoed so the output reads as a conversation.
struct ChatOutput {
    var style: TerminalStyle
    /// A person is reading at a terminal: a blank line after each of the coach's turns gives
    /// the conversation room to breathe.
    var isInteractive: Bool

    func show(_ messages: [CoachMessage]) {
        let width = TerminalSize.columns
        var text = ""
        for message in messages {
            let label = style.bold(style.cyan("Coach:"))
            let lines = TextWrapper.wrap(
                Sanitizer.visible(message.text), width: width, firstPrefix: "Coach: ", restPrefix: "       ")
            for (index, line) in lines.enumerated() {
                let body = index == 0 ? String(line.dropFirst("Coach: ".count)) : line
                let styled: String =
                    switch message.kind {
                    case .say: body
                    case .safety: style.yellow(body)
                    case .info: style.dim(body)
                    }
                text += (index == 0 ? "\(label) " : "") + styled + "\n"
            }
        }
        if isInteractive, !messages.isEmpty { text += "\n" }
        write(text)
    }

    func echo(_ line: String) {
        write("You:   \(Sanitizer.visible(line))\n")
    }

    func notice(_ text: String) {
        write(
            TextWrapper.wrap(Sanitizer.visible(text), width: TerminalSize.columns, firstPrefix: "", restPrefix: "")
                .map { style.dim($0) }.joined(separator: "\n") + "\n")
    }

    func write(_ text: String) {
        FileSystem.write(text, to: STDOUT_FILENO)
    }
}
