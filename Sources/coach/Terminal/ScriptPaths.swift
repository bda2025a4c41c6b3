import CoachKit
import FoundationEssentials
import Glibc

/// Turns the paths given on the command line into script files: a folder stands for the
/// `.json` files in it and in its folders (not JSON Schemas, not hidden or build folders).
enum ScriptPaths {
    struct PathError: Error {
        var message: String
    }

    /// One file to check, and whether a folder named it (rather than the command line).
    struct Entry {
        var path: String
        var isFromFolder: Bool
    }

    static func expand(_ paths: [String]) -> [Result<Entry, PathError>] {
        paths.flatMap { path -> [Result<Entry, PathError>] in
            guard let isDirectory = FileSystem.isDirectory(path) else {
                return [.failure(PathError(message: "error: no script or folder at '\(path)'"))]
            }
            guard isDirectory else { return [.success(Entry(path: path, isFromFolder: false))] }
            var found: [Result<Entry, PathError>] = []
            collect(in: path, into: &found)
            if found.isEmpty { return [.failure(PathError(message: "error: no .json scripts in '\(path)'"))] }
            return found
        }
    }

    private static func collect(in folder: String, into found: inout [Result<Entry, PathError>]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            found.append(.failure(PathError(message: "error: cannot list the folder '\(folder)'")))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = FileSystem.join(folder, name)
            if FileSystem.isDirectory(path) == true {
                // NB: a package's build and dependency folders hold JSON that is not ours.
                guard !["node_modules", "build"].contains(name) else { continue }
                collect(in: path, into: &found)
            } else if name.hasSuffix(".json"), !name.hasSuffix(".schema.json") {
                found.append(.success(Entry(path: path, isFromFolder: true)))
            }
        }
    }

    /// Whether a file found in a folder is meant as a Coach script: JSON that is not an object
    /// with `nodes`, `start` or `formatVersion` (a `package.json`, say) is not. A file that is
    /// not JSON at all may be a broken script, so it is checked (and its syntax error shown).
    static func looksLikeScript(_ bytes: [UInt8]) -> Bool {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { return true }
        guard case .object(let members) = value.kind else { return false }
        return members.contains { ["nodes", "start", "formatVersion"].contains($0.key) }
    }
}
