import Foundation

// libFuzzer target: any bytes as a transcript. Parsing must never crash, and a transcript that
// parses must replay against the default script (as `coach replay` and a resumed chat do).
func fuzzTranscript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let transcript) = TranscriptParser.parse(text, fileName: "fuzz.transcript"), let engine = fuzzEngine {
        _ = TranscriptReplayer(engine: engine).replay(transcript)
    }
    return 0
}
