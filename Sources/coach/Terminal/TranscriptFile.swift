import CoachKit
import FoundationEssentials
import Glibc

/// Writes a transcript to a file only its owner can read.
enum TranscriptFile {
    struct SaveError: Error {
        var message: String
    }

    /// Replaces a file's text, keeping its permissions.
    static func overwrite(_ path: String, with text: String) -> Result<Void, SaveError> {
        do {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            if let mode { try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path) }
            return .success(())
        } catch {
            return .failure(SaveError(message: "\(error)"))
        }
    }

    /// Opens a new file (0600) for a live recording; an existing file is never overwritten.
    static func create(_ path: String) -> Result<TranscriptSink, SaveError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists; choose a new name" : String(cString: strerror(errno))
            return .failure(SaveError(message: "cannot create '\(path)': \(reason)"))
        }
        return .success(TranscriptSink(descriptor: descriptor))
    }

    /// Saves to `requested`, or to a new dated file in the state folder. Returns the path written.
    static func save(_ transcript: Transcript, to requested: String?) -> Result<String, SaveError> {
        let path: String
        if let requested {
            path = FileSystem.expandingTilde(requested)
        } else {
            guard let directory = PrivateFiles.stateDirectory.map({ $0 + "/transcripts" }), PrivateFiles.makeDirectory(directory)
            else {
                return .failure(SaveError(message: "there is no state folder to save into; give a file name: /save FILE"))
            }
            path = "\(directory)/chat-\(FileSystem.timestamp()).transcript"
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

/// A recording file that every turn is appended to as it happens. `write(2)` hands each turn
/// to the kernel at once, so a killed process loses nothing already said.
final class TranscriptSink {
    private let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    func append(_ text: String) -> Result<Void, TranscriptFile.SaveError> {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return .failure(TranscriptFile.SaveError(message: String(cString: strerror(errno)))) }
            bytes = bytes.dropFirst(written)
        }
        return .success(())
    }
}
