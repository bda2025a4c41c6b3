import CoachKit
import FoundationEssentials
import Glibc

/// Diagnostics as a JSON array, for editors and other tools (`coach lint --format json`).
enum DiagnosticJSON {
    private struct Entry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var path: String?
        var severity: String
        var code: String
        var message: String
        var notes: [String]
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(
                file: $0.location?.file, line: $0.location?.line, column: $0.location?.column, path: $0.location?.path,
                severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, notes: $0.notes)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
