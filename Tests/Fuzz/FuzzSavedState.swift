import Foundation

// libFuzzer target: any bytes as a saved conversation (the JSON the store keeps). Decoding must
// never crash; a state that decodes must be judged (`fit`) and, when resumable, resume and take
// a reply, as the next chat would.
func fuzzSavedState(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let engine = fuzzEngine,
        let saved = try? JSONDecoder().decode(SavedSession.self, from: Data(UnsafeBufferPointer(start: data, count: size)))
    else { return 0 }
    guard saved.fit(with: engine.script) == .resumable, let welcome = try? engine.resume(saved.state) else { return 0 }
    _ = try? engine.respond(to: .reply("he cheated on me"), in: welcome.state)
    _ = try? engine.respond(to: .command(.back), in: welcome.state)
    return 0
}
