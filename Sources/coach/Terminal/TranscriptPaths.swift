import FoundationEssentials
import Glibc

/// Transcript files named on the command line; a folder stands for every `.transcript` file
/// below it.
enum TranscriptPaths {
    static func expand(_ paths: [String]) -> [Result<String, ScriptPaths.PathError>] {
        paths.flatMap { path -> [Result<String, ScriptPaths.PathError>] in
            guard let isDirectory = FileSystem.isDirectory(path) else {
                return [.failure(ScriptPaths.PathError(message: "error: no transcript or folder at '\(path)'"))]
            }
            guard isDirectory else { return [.success(path)] }
            let found = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [])
                .filter { $0.hasSuffix(".transcript") }.sorted()
            if found.isEmpty { return [.failure(ScriptPaths.PathError(message: "error: no .transcript files under '\(path)'"))] }
            return found.map { .success(FileSystem.join(path, $0)) }
        }
    }
}
