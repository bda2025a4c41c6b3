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
    /// A device or a pipe that exists (`/dev/stdout`, `/dev/full`, a FIFO) is written to as it
    /// is, since recording into it replaces nothing, and its own errors are then the ones shown.
    static func create(_ path: String) -> Result<TranscriptSink, SaveError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 { return .success(TranscriptSink(descriptor: descriptor)) }
        guard errno == EEXIST else {
            return .failure(SaveError(message: "cannot create '\(path)': \(String(cString: strerror(errno)))"))
        }
        return openExisting(path)
    }

    private static func openExisting(_ path: String) -> Result<TranscriptSink, SaveError> {
        let taken = SaveError(
            message: "cannot record into '\(path)': it already exists, and --transcript never replaces a file; choose a new name")
        var information = stat()
        guard stat(path, &information) == 0, information.st_mode & S_IFMT != S_IFREG, information.st_mode & S_IFMT != S_IFDIR
        else { return .failure(taken) }
        // NB: O_NONBLOCK so a FIFO nobody reads fails at once (ENXIO) instead of hanging the chat.
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENXIO ? "nothing is reading from it" : String(cString: strerror(errno))
            return .failure(SaveError(message: "cannot record into '\(path)': \(reason)"))
        }
        // The file checked may have been swapped for another before it was opened: check what
        // was opened, and give writes back their ordinary, blocking behaviour.
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT != S_IFREG, opened.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            return .failure(taken)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
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
