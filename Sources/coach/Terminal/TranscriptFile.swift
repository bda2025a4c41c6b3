import CoachKit
import FoundationEssentials
import Glibc

/// Writes a transcript to a file only its owner can read.
enum TranscriptFile {
    struct SaveError: Error {
        var message: String
    }

    /// Replaces a file's text atomically, keeping its permissions. A link is followed to the
    /// file it names, which is replaced; the link stays a link.
    static func overwrite(_ path: String, with text: String) -> Result<Void, SaveError> {
        guard let resolved = realpath(path, nil) else {
            return .failure(SaveError(message: "cannot read '\(path)': \(String(cString: strerror(errno)))"))
        }
        let target = String(cString: resolved)
        free(resolved)
        var information = stat()
        guard stat(target, &information) == 0 else {
            return .failure(SaveError(message: "cannot read '\(target)': \(String(cString: strerror(errno)))"))
        }
        return AtomicFile.write(text, to: target, mode: information.st_mode & 0o7777, replacing: true)
            .mapError { SaveError(message: $0.description) }
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

    /// Saves to `requested`, or to a new dated file in the state folder, readable only by the
    /// person, all of it or nothing. An existing file is refused unless `replacing` (`/save!`).
    /// Returns the path written.
    static func save(_ transcript: Transcript, to requested: String?, replacing: Bool = false) -> Result<String, SaveError> {
        save(transcript.render(), to: requested, replacing: replacing)
    }

    /// Saves a transcript's text, as `save(_:to:replacing:)` does.
    static func save(_ text: String, to requested: String?, replacing: Bool = false) -> Result<String, SaveError> {
        let path: String
        if let requested {
            path = FileSystem.expandingTilde(requested)
        } else {
            guard let directory = PrivateFiles.stateDirectory.map({ $0 + "/transcripts" }), PrivateFiles.makeDirectory(directory)
            else {
                return .failure(SaveError(message: "there is no state folder to save into; give a file name: /save FILE"))
            }
            // NB: a second /save within the same second gets a name of its own ("-2"), since the
            // person asked for a new file, not to be told one exists.
            let stem = "\(directory)/chat-\(FileSystem.timestamp())"
            for number in 1...99 {
                let candidate = number == 1 ? "\(stem).transcript" : "\(stem)-\(number).transcript"
                switch AtomicFile.write(text, to: candidate, replacing: false) {
                case .success: return .success(candidate)
                case .failure(let failure) where failure.exists: continue
                case .failure(let failure): return .failure(SaveError(message: failure.description))
                }
            }
            path = "\(stem).transcript"
        }
        return AtomicFile.write(text, to: path, replacing: replacing).map { path }
            .mapError { failure in
                SaveError(
                    message: failure.exists
                        ? "'\(path)' already exists; /save! \(requested ?? path) replaces it, or choose another name"
                        : failure.description)
            }
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
