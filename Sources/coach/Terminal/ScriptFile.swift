import CoachKit
import Foundation

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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        guard !isDirectory.boolValue else { return .failure(.isDirectory) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable("permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            // NB: read one byte past the limit so an oversized file is refused without loading all of it.
            let data = try handle.read(upToCount: ScriptLoader.maximumSize + 1) ?? Data()
            guard data.count <= ScriptLoader.maximumSize else { return .failure(.tooLarge(data.count)) }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
    }
}
