import ArgumentParser
import CoachKit
import FoundationEssentials
import Glibc

extension Coach {
    /// `coach lint`: every problem in the given scripts, in the form editors understand.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check dialogue scripts and report every problem at once.",
            discussion: """
                A file in a folder named Safety (such as Dialogue/Safety/lexicon.json) is checked as the built-in \
                safety data: that folder's lexicon.json, responses.json and resources.json together. \
                A file in a folder named Language (such as Dialogue/Language/english.json) is checked as a \
                language pack. \
                A folder is searched with its subfolders; JSON files in it that are not Coach scripts (a \
                package.json) are skipped with a note. \
                Exit status: 0 clean, 1 problems found, 2 could not run (a path that cannot be read).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "Script files, or folders whose .json scripts (in subfolders too) are all checked.")
        var paths: [String]

        @Option(help: "text (file:line:column with the source line) or json (for tools).")
        var format: Format = .text

        @Flag(
            help: """
                Lint again each time a file changes, until interrupted: an editor's background task                 then underlines mistakes on save (.vscode/tasks.json).
                """)
        var watch = false

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("give at least one script file or folder") }
        }

        func run() throws {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(for: STDERR_FILENO, noColorFlag: false))
            guard watch else {
                let (found, unread) = lintOnce(printer)
                if unread > 0 { throw ExitCode(2) }
                if found > 0 { throw ExitCode(1) }
                return
            }
            var seen = FileWatch(paths: paths)
            while true {
                // NB: the line an editor's background matcher waits for before a new round.
                printer.print("lint: checking \(paths.map(Sanitizer.visible).joined(separator: " "))")
                _ = lintOnce(printer)
                seen.waitForChange()
            }
        }

        /// Lints every path once and prints what it found; returns how many problems were found
        /// and how many paths could not be read.
        private func lintOnce(_ printer: DiagnosticPrinter) -> (found: Int, unread: Int) {
            var found: [(Diagnostic, SourceText)] = []
            var unread = 0
            var safetyFolders: [String] = []
            for file in ScriptPaths.expand(paths) {
                switch file {
                case .failure(let error):
                    printer.print(error.message)
                    unread += 1
                case .success(let entry):
                    let path = entry.path
                    switch ScriptFile.read(path) {
                    case .failure(let error):
                        printer.print(error.message(for: path))
                        unread += 1
                    case .success(let bytes):
                        if let folder = SafetyDataFolder.folder(of: path) {
                            guard !safetyFolders.contains(folder) else { continue }
                            safetyFolders.append(folder)
                            switch SafetyDataFolder.lint(folder) {
                            case .success(let problems): found += problems
                            case .failure(let error):
                                printer.print(error.message)
                                unread += 1
                            }
                            continue
                        }
                        let source = SourceText(fileName: path, bytes: bytes)
                        if URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent == "Language" {
                            found += LanguagePackLinter.lint(source).map { ($0, source) }
                            continue
                        }
                        if entry.isFromFolder, !ScriptPaths.looksLikeScript(bytes) {
                            printer.print(
                                "note: skipped '\(Sanitizer.visible(path))': JSON that is not a Coach script (no 'nodes', 'start' or 'formatVersion'); name the file to check it anyway"
                            )
                            continue
                        }
                        found += ScriptLinter.lint(bytes: bytes, fileName: path).map { ($0, source) }
                    }
                }
            }
            switch format {
            case .text:
                for (diagnostic, source) in found { printer.print(diagnostic, source: source) }
                printer.print(summary: found.map(\.0), file: "lint", unread: unread)
            case .json:
                print(DiagnosticJSON.render(found.map(\.0)))
            }
            return (found.count, unread)
        }
    }
}
