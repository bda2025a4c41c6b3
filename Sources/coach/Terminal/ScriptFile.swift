import CoachKit
import FoundationEssentials
import Glibc

/// Reads a script file from disk, with an error a person can act on for each way it can fail.
enum ScriptFile {
    enum ReadError: Error {
        case missing
        case isDirectory
        case unreadable(String)
        case tooLarge(Int)

        func message(for path: String) -> String {
            switch self {
            case .missing: "error: no script at '\(path)'; check the path, or run coach with no script for the built-in one"
            case .isDirectory: "error: '\(path)' is a folder; give the path of a .json script inside it"
            case .unreadable(let reason): "error: cannot read '\(path)': \(reason)"
            case .tooLarge(let size):
                "error: '\(path)' is \(size / 1_048_576) MB; the largest script accepted is \(ScriptLoader.maximumSize / 1_048_576) MB"
            }
        }
    }

    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        guard let isDirectory = FileSystem.isDirectory(path) else { return .failure(.missing) }
        guard !isDirectory else { return .failure(.isDirectory) }
        // NB: the size is checked first so an oversized file is refused without loading it.
        if let size = FileSystem.size(path), size > ScriptLoader.maximumSize { return .failure(.tooLarge(size)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable("permission denied or not a regular file"))
        }
        return .success([UInt8](data))
    }
}
