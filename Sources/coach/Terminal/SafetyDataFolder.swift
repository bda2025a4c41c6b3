import CoachKit
import FoundationEssentials

/// A folder of safety data as `Dialogue/Safety/` holds it, checked by `coach lint` with the same
/// decoder and pattern compiler the built-in copy goes through.
enum SafetyDataFolder {
    static let fileNames = ["lexicon.json", "responses.json", "resources.json"]

    /// The folder, when `path` is one of the safety files inside a folder named `Safety`.
    static func folder(of path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        guard fileNames.contains(url.lastPathComponent), url.deletingLastPathComponent().lastPathComponent == "Safety"
        else { return nil }
        return url.deletingLastPathComponent().path
    }

    /// Every problem in the folder's three files, each with the source it was found in.
    static func lint(_ folder: String) -> Result<[(Diagnostic, SourceText)], ScriptPaths.PathError> {
        var sources: [SourceText] = []
        for name in fileNames {
            let path = FileSystem.join(folder, name)
            switch ScriptFile.read(path) {
            case .success(let bytes): sources.append(SourceText(fileName: path, bytes: bytes))
            case .failure(let error): return .failure(ScriptPaths.PathError(message: error.message(for: path)))
            }
        }
        do {
            _ = try SafetyLayer(lexicon: sources[0], responses: sources[1], resources: sources[2])
            return .success([])
        } catch {
            return .success(
                error.diagnostics.map { diagnostic in
                    (diagnostic, sources.first { $0.fileName == diagnostic.location?.file } ?? sources[0])
                })
        }
    }
}
