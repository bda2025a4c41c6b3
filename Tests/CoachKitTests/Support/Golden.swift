import Foundation
import Testing

/// Compares text with a golden file. A missing golden is recorded, and `RECORD_GOLDENS=1`
/// re-records all of them; recording always fails the test, so a run that writes goldens
/// never passes by accident.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    static func assertMatches(_ actual: String, golden url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if isRecording || existing == nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == existing, "\(url.lastPathComponent) differs", sourceLocation: sourceLocation)
    }
}
