import Foundation

/// Transcript files named on the command line; a folder stands for every `.transcript` file
/// below it.
enum TranscriptPaths {
    static func expand(_ paths: [String]) -> [Result<String, ScriptPaths.PathError>] {
        paths.flatMap { path -> [Result<String, ScriptPaths.PathError>] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.failure(ScriptPaths.PathError(message: "error: no transcript or folder at '\(path)'"))]
            }
            guard isDirectory.boolValue else { return [.success(path)] }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".transcript") }.sorted()
            if found.isEmpty { return [.failure(ScriptPaths.PathError(message: "error: no .transcript files under '\(path)'"))] }
            return found.map { .success((path as NSString).appendingPathComponent($0)) }
        }
    }
}
