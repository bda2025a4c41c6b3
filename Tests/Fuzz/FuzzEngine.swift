import Foundation

// libFuzzer target: the bytes, split at newlines, as a whole conversation with the default
// script (lines starting with '/' as commands). Every step must answer or refuse cleanly.
nonisolated(unsafe) let fuzzEngine: Engine? = {
    guard let data = FileManager.default.contents(atPath: "Dialogue/trust-is-broken.json"),
        let script = try? ScriptLoader.load(bytes: [UInt8](data), fileName: "trust-is-broken.json").get()
    else { return nil }
    return try? Engine(script: script)
}()

func fuzzEngineStep(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let engine = fuzzEngine else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var turn = engine.start(seed: UInt64(size))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
        let input: UserInput =
            line.hasPrefix("/")
            ? EngineCommand(rawValue: String(line.dropFirst())).map { .command($0) } ?? .reply(String(line))
            : .reply(String(line))
        guard let next = try? engine.respond(to: input, in: turn.state) else { break }
        if next.messages.isEmpty, !next.isFinished { fatalError("no answer to \(input)") }
        turn = next
    }
    return 0
}
