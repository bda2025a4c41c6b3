import Foundation

// libFuzzer target: any bytes as a reply, classified at every node of the default script and
// assessed by the safety layer. Never a crash, whatever the bytes.
nonisolated(unsafe) let fuzzScript: ValidatedScript? = {
    guard let data = FileManager.default.contents(atPath: "Dialogue/trust-is-broken.json") else { return nil }
    return try? ScriptLoader.load(bytes: [UInt8](data), fileName: "trust-is-broken.json").get()
}()
nonisolated(unsafe) let fuzzSafety = try? SafetyLayer()

func fuzzClassifier(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let script = fuzzScript else { return 0 }
    let reply = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for node in script.script.nodes {
        if let scope = script.scope(at: node.id) { _ = script.classifier.classify(reply, in: scope) }
    }
    _ = fuzzSafety?.assess(reply)
    return 0
}
