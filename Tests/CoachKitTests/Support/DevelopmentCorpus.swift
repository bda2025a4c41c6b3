import CoachKit
import Foundation

/// The development corpus in `../shared/corpus/` beside the repository (or `COACH_CORPUS`):
/// labelled replies written by people outside the team, read at test time and never copied in.
enum DevelopmentCorpus {
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["COACH_CORPUS"] { return URL(fileURLWithPath: path) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("LABELS.md").path) }

    static func replies(in file: String) throws -> [LabelledReply] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return try LabelledReply.parse(text, fileName: file).get()
    }
}
