/// A conversation written down in a plain-text form people can read, diff and write by hand.
///
///     # Coach transcript
///     format: 1
///     script: trust-is-broken 1.0.0
///     seed: 42
///
///     coach: Were you the one who broke the trust, or was your trust broken?
///     you: I lied to her
///
/// A message of several lines continues on lines indented by four spaces.
public struct Transcript: Equatable, Sendable {
    public static let formatVersion = 1

    public enum Entry: Equatable, Sendable {
        case coach(String)
        case user(String)
        /// A slash command the person used, such as "/back".
        case command(String)
    }

    public var scriptID: String
    public var scriptVersion: String
    public var seed: UInt64
    public var entries: [Entry] = []

    public init(scriptID: String, scriptVersion: String, seed: UInt64) {
        self.scriptID = scriptID
        self.scriptVersion = scriptVersion
        self.seed = seed
    }

    public mutating func record(_ messages: [CoachMessage]) {
        entries += messages.map { .coach($0.text) }
    }

    /// The header alone, as a recording file begins.
    public var header: String {
        "# Coach transcript\nformat: \(Transcript.formatVersion)\nscript: \(scriptID) \(scriptVersion)\nseed: \(seed)\n\n"
    }

    /// The whole transcript as text.
    public func render() -> String {
        header + entries.map(Transcript.render).joined()
    }

    /// One entry as its lines, ending with a newline.
    public static func render(_ entry: Entry) -> String {
        let (speaker, text): (String, String) = switch entry {
        case .coach(let text): ("coach", text)
        case .user(let text): ("you", text)
        case .command(let text): ("command", text)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return "\(speaker): \(lines[0])\n" + lines.dropFirst().map { "    \($0)\n" }.joined()
    }
}
