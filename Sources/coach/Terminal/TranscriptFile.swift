import CoachKit
import Foundation

/// Writes a transcript to a file only its owner can read.
enum TranscriptFile {
    struct SaveError: Error {
        var message: String
    }

    /// Saves to `requested`, or to a new dated file in the state folder. Returns the path written.
    static func save(_ transcript: Transcript, to requested: String?) -> Result<String, SaveError> {
        let path: String
        if let requested {
            path = (requested as NSString).expandingTildeInPath
        } else {
            guard let directory = PrivateFiles.stateDirectory.map({ $0 + "/transcripts" }), PrivateFiles.makeDirectory(directory) else {
                return .failure(SaveError(message: "there is no state folder to save into; give a file name: /save FILE"))
            }
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd-HHmmss"
            path = "\(directory)/chat-\(formatter.string(from: Date())).transcript"
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return .failure(SaveError(message: "cannot open '\(path)': \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        let bytes = Array(transcript.render().utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            return .failure(SaveError(message: "writing '\(path)' failed: \(String(cString: strerror(errno)))"))
        }
        return .success(path)
    }
}
