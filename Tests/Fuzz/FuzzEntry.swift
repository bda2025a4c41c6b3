// The single libFuzzer entry point of Scripts/fuzz. One binary holds every target, so the
// instrumented CoachKit is compiled once; COACH_FUZZ_TARGET chooses: loader, classifier, engine,
// transcript, state, generated.
import Foundation

nonisolated(unsafe) let fuzzTarget = ProcessInfo.processInfo.environment["COACH_FUZZ_TARGET"] ?? "loader"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    switch fuzzTarget {
    case "classifier": fuzzClassifier(data, size)
    case "engine": fuzzEngineStep(data, size)
    case "transcript": fuzzTranscript(data, size)
    case "state": fuzzSavedState(data, size)
    case "generated": fuzzGeneratedScript(data, size)
    default: fuzzScriptLoader(data, size)
    }
}
