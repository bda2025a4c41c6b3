import FoundationEssentials
import Glibc

/// Turns the paths given on the command line into script files: a folder stands for the
/// `.json` scripts directly inside it (not JSON Schemas).
enum ScriptPaths {
    struct PathError: Error {
        var message: String
    }

    static func expand(_ paths: [String]) -> [Result<String, PathError>] {
        paths.flatMap { path -> [Result<String, PathError>] in
            guard let isDirectory = FileSystem.isDirectory(path) else {
                return [.failure(PathError(message: "error: no script or folder at '\(path)'"))]
            }
            guard isDirectory else { return [.success(path)] }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                return [.failure(PathError(message: "error: cannot list the folder '\(path)'"))]
            }
            let scripts = names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
            if scripts.isEmpty { return [.failure(PathError(message: "error: no .json scripts in '\(path)'"))] }
            return scripts.map { .success(FileSystem.join(path, $0)) }
        }
    }
}
