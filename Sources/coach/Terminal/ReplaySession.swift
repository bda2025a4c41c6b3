import CoachKit
import FoundationEssentials
import Glibc

/// Replays transcripts one after another, loading each script once, printing differences and
/// keeping the counts and coverage.
struct ReplaySession {
    let printer: DiagnosticPrinter
    let style: TerminalStyle
    let scriptOverride: String?
    let update: Bool
    var passed = 0
    var failed = 0
    /// Failing transcripts rewritten by `--update`: they match the script now, so they are not failures.
    var updated = 0
    var couldNotRun = false
    private var engines: [String: Engine] = [:]
    private var coverage: [String: ScriptCoverage] = [:]

    init(printer: DiagnosticPrinter, style: TerminalStyle, scriptOverride: String?, update: Bool) {
        self.printer = printer
        self.style = style
        self.scriptOverride = scriptOverride
        self.update = update
    }

    var coverageReports: [String] { coverage.keys.sorted().compactMap { coverage[$0]?.report } }

    mutating func replay(_ path: String) {
        guard let transcript = read(path) else { return }
        guard let engine = engine(for: transcript, at: path) else { couldNotRun = true; return }
        let result = TranscriptReplayer(engine: engine).replay(transcript)
        coverage[engine.script.script.id, default: ScriptCoverage(script: engine.script)].add(result)
        for warning in result.warnings { printer.print("\(path): warning: \(warning)") }
        // NB: a file name, like everything a transcript holds, is shown, never sent raw to the terminal.
        let shownPath = Sanitizer.visible(path)
        if result.passed {
            passed += 1
            print("\(style.green("PASS")) \(shownPath)")
            return
        }
        print("\(style.red("FAIL")) \(shownPath)")
        for mismatch in result.mismatches { print(describe(mismatch, in: shownPath)) }
        guard update else {
            failed += 1
            return
        }
        switch TranscriptFile.overwrite(path, with: result.actual.render()) {
        case .success:
            updated += 1
            print("updated \(shownPath) from the current script")
        case .failure(let error):
            failed += 1
            printer.print("error: could not update \(path): \(error.message)")
        }
    }

    mutating func show(_ path: String) {
        guard let transcript = read(path) else { return }
        let output = ChatOutput(style: style, isInteractive: false)
        print(
            style.dim(Sanitizer.visible("# \(path): \(transcript.scriptID) \(transcript.scriptVersion), seed \(transcript.seed)"))
        )
        output.show(transcript.opening.messages)
        for turn in transcript.turns {
            if let input = turn.input { output.echo(input) }
            output.show(turn.messages)
        }
    }

    private mutating func read(_ path: String) -> Transcript? {
        guard let data = FileManager.default.contents(atPath: path) else {
            printer.print("error: cannot read '\(path)'")
            couldNotRun = true
            return nil
        }
        switch TranscriptParser.parse(String(decoding: data, as: UTF8.self), fileName: path) {
        case .success(let transcript): return transcript
        case .failure(let error):
            printer.print("error: \(error.description)")
            couldNotRun = true
            return nil
        }
    }

    private func describe(_ mismatch: ReplayResult.Mismatch, in path: String) -> String {
        let said = mismatch.input.map { ", you: \"\(Sanitizer.visible($0))\"" } ?? " (the opening)"
        let heading = "  turn \(mismatch.turn) (\(path):\(mismatch.line)\(said)):"
        switch mismatch.problem {
        case .messages(let diff):
            return heading + "\n"
                + diff.split(separator: "\n").map { line in
                    let text = "    \(Sanitizer.visible(String(line)))"
                    return line.hasPrefix("-") ? style.red(text) : line.hasPrefix("+") ? style.green(text) : text
                }.joined(separator: "\n")
        case .checkpoints(let missing, let actual):
            return heading
                + Sanitizer.visible(
                    "\n    expected \(missing.map { "> \($0)" }.joined(separator: ", "))\n    but got \(actual.map { "> \($0)" }.joined(separator: ", "))"
                )
        case .engineRefused(let reason):
            return heading + "\n    the engine refused the input: \(Sanitizer.visible(reason))"
        }
    }

    /// The engine for a transcript's script: --script, else `ID.json` found near it, else built in.
    private mutating func engine(for transcript: Transcript, at path: String) -> Engine? {
        let scriptPath = scriptOverride ?? ScriptLocator.find(id: transcript.scriptID, near: path)
        let key = scriptPath ?? "built-in:\(transcript.scriptID)"
        if let engine = engines[key] { return engine }
        guard let validated = try? ScriptSource(path: scriptPath).load(printer: printer),
            let engine = try? Engine(script: validated)
        else { return nil }
        if scriptPath == nil, validated.script.id != transcript.scriptID {
            printer.print(
                "error: \(path): no script '\(transcript.scriptID).json' beside it or in a Dialogue folder; give one with --script"
            )
            return nil
        }
        engines[key] = engine
        return engine
    }
}
