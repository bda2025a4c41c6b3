// libFuzzer target: any bytes as a dialogue script. Loading must never crash; a script that
// loads must give an engine that can start.
func fuzzScriptLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let script) = ScriptLoader.load(bytes: bytes, fileName: "fuzz.json"),
        let engine = try? Engine(script: script)
    {
        _ = engine.start(seed: 1)
    }
    return 0
}
