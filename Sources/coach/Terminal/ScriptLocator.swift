import FoundationEssentials
import Glibc

/// Finds the script file a transcript names by id: `ID.json` in the transcript's folder or a
/// `Dialogue/` folder beside it or above it, then in `./Dialogue`.
enum ScriptLocator {
    static func find(id: String, near transcriptPath: String) -> String? {
        // NB: an id is a name, never a path: a header naming "../../x" must not reach a file
        // outside the folders searched.
        guard !id.isEmpty, !id.hasPrefix("."), !id.contains("/"), !id.contains("\0") else { return nil }
        var folder = URL(fileURLWithPath: transcriptPath).deletingLastPathComponent().standardizedFileURL
        var candidates: [URL] = []
        while true {
            candidates.append(folder.appendingPathComponent("\(id).json"))
            candidates.append(folder.appendingPathComponent("Dialogue/\(id).json"))
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        candidates.append(URL(fileURLWithPath: "Dialogue/\(id).json"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }
}
