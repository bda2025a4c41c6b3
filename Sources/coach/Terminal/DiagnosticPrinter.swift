import CoachKit
import FoundationEssentials
import Glibc

/// Prints diagnostics the way compilers do, so editors and CI can jump to them:
/// `file:line:column: error[C011]: message`, the source line, and a caret under the place.
///
/// Everything it prints that came from a file (names, fields, targets, file names) is made
/// visible first (`Sanitizer`): a hostile script cannot retitle the window or clear the screen.
struct DiagnosticPrinter {
    var style: TerminalStyle

    func print(_ diagnostic: Diagnostic, source: SourceText?) {
        let severity = diagnostic.severity == .error ? style.red("error") : style.yellow("warning")
        let place = diagnostic.location.map { Sanitizer.visible("\($0): ") } ?? ""
        let message = Sanitizer.visible(diagnostic.message)
        var lines = ["\(style.bold(place))\(severity)\(style.bold("[\(diagnostic.code.rawValue)]: \(message)"))"]
        if let location = diagnostic.location, let text = source?.line(location.line) {
            let shown = Sanitizer.visible(text)
            lines.append("  \(shown)")
            let prefix = shown.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append("  \(prefix)\(style.green("^"))")
        }
        lines += diagnostic.notes.map { "  note: \(Sanitizer.visible($0))" }
        StandardError.write(lines.joined(separator: "\n") + "\n")
    }

    /// One line of counts. Files that could not be read are counted apart: "0 errors" alone
    /// would read as a clean bill for a file nobody looked into.
    func print(summary diagnostics: [Diagnostic], file: String, unread: Int = 0) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let notRead = unread == 0 ? "" : "; \(unread) \(unread == 1 ? "file" : "files") could not be read"
        StandardError.write(
            "\(Sanitizer.visible(file)): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(notRead)\n"
        )
    }

    func print(_ message: String) {
        StandardError.write(Sanitizer.visible(message) + "\n")
    }
}

/// Writes to standard error without buffering.
enum StandardError {
    static func write(_ text: String) {
        FileSystem.write(text, to: STDERR_FILENO)
    }
}
