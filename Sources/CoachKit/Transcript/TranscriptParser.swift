/// Reads the transcript format, tolerating what people and killed processes leave behind:
/// blank lines, comments anywhere, a missing final newline, a turn cut off half-way.
public enum TranscriptParser {
    public static func parse(_ text: String, fileName: String) -> Result<Transcript, TranscriptError> {
        // NB: "\r\n" is one Character in Swift, so a file with Windows line ends is split on it too.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        var isTruncated = false
        if let last = lines.last {
            if last.isEmpty { lines.removeLast() } else { isTruncated = true; lines.removeLast() }
        }
        var header: [String: String] = [:]
        var headerComments: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            // NB: kept, so `replay --update` does not drop what a transcript says it is for; the
            // title line is written anew.
            if line.hasPrefix("#") {
                if line != Transcript.title { headerComments.append(line.dropFirst().trimmingWhitespace()) }
                index += 1
                continue
            }
            if line.trimmingWhitespace().isEmpty { index += 1; continue }
            guard let colon = line.firstIndex(of: ":"), ["format", "script", "seed"].contains(String(line[..<colon])) else {
                break
            }
            header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingWhitespace()
            index += 1
        }
        let location = { (line: Int) in "\(fileName):\(line)" }
        guard let format = header["format"].flatMap(Int.init) else {
            return .failure(.missingHeader(field: "format", file: fileName))
        }
        guard Transcript.readableVersions.contains(format) else {
            return .failure(.unsupportedVersion(format, supported: Transcript.formatVersion, file: fileName))
        }
        guard let scriptField = header["script"], let id = scriptField.split(separator: " ").first else {
            return .failure(.missingHeader(field: "script", file: fileName))
        }
        let seed = header["seed"].flatMap(UInt64.init) ?? 0
        var transcript = Transcript(
            scriptID: String(id), scriptVersion: scriptField.split(separator: " ").dropFirst().joined(separator: " "), seed: seed)
        transcript.isTruncated = isTruncated
        transcript.headerComments = headerComments
        var current = TurnRecord(input: nil)
        current.line = index + 1
        var pendingComments: [String] = []
        var lastMessage: Int?  // index into current.messages, for continuation lines
        var continuesInput = false  // the last line was the reply or one of its continuations
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            if line.hasPrefix("    "), let message = lastMessage {
                current.messages[message].text += "\n" + line.dropFirst(4)
                continue
            }
            if line.hasPrefix("    "), continuesInput, let input = current.input {
                current.input = input + "\n" + line.dropFirst(4)
                continue
            }
            lastMessage = nil
            continuesInput = false
            if line.trimmingWhitespace().isEmpty { continue }
            if line.hasPrefix("#") {
                pendingComments.append(line.dropFirst().trimmingWhitespace())
                continue
            }
            if line.hasPrefix(">") {
                switch parseCheckpoint(line.dropFirst().trimmingWhitespace()) {
                case .success(let checkpoint): current.checkpoints.append(checkpoint)
                case .failure(let problem): return .failure(.invalidLine(location(number), problem.reason))
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(.invalidLine(location(number), "expected 'coach:', 'you:', '>' or '#'"))
            }
            // NB: "You:" and "Coach:" as the chat prints them read the same as the lower-case forms.
            let speaker = String(line[..<colon]).lowercased()
            var text = String(line[line.index(after: colon)...])
            if text.hasPrefix(" ") { text.removeFirst() }
            switch speaker {
            case "you":
                if current.input == nil { transcript.opening = current } else { transcript.turns.append(current) }
                current = TurnRecord(input: text)
                current.line = number
                current.comments = pendingComments
                pendingComments = []
                continuesInput = true
            case "coach", "coach [safety]", "coach [info]":
                let kind: CoachMessage.Kind = speaker == "coach" ? .say : speaker == "coach [safety]" ? .safety : .info
                current.messages.append(CoachMessage(kind, text))
                lastMessage = current.messages.count - 1
            default:
                return .failure(.invalidLine(location(number), "unknown speaker '\(speaker)'; expected 'coach' or 'you'"))
            }
        }
        if current.input == nil { transcript.opening = current } else { transcript.turns.append(current) }
        return .success(transcript)
    }

    private struct CheckpointProblem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func parseCheckpoint(_ text: String) -> Result<Checkpoint, CheckpointProblem> {
        guard let colon = text.firstIndex(of: ":") else {
            return .failure(CheckpointProblem("a checkpoint reads '> kind: value'"))
        }
        let kind = text[..<colon].trimmingWhitespace()
        let value = text[text.index(after: colon)...].trimmingWhitespace()
        switch kind {
        case "node": return .success(.node(value))
        case "intent": return .success(.intent(value))
        case "saved": return .success(.saved(value))
        case "ended":
            guard let reason = EndReason(rawValue: value) else {
                return .failure(CheckpointProblem("unknown end reason '\(value)'"))
            }
            return .success(.ended(reason))
        case "safety":
            let parts = value.split(separator: " ").map(String.init)
            guard parts.count == 2, let level = SafetyLevel(rawValue: parts[0]), let category = SafetyCategory(rawValue: parts[1])
            else {
                return .failure(CheckpointProblem("a safety checkpoint reads '> safety: urgent|check_in CATEGORY'"))
            }
            return .success(.safety(level, category))
        default:
            return .failure(CheckpointProblem("unknown checkpoint '\(kind)'; expected node, intent, saved, safety or ended"))
        }
    }
}

/// Why a transcript could not be read or replayed.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingHeader(field: String, file: String)
    case unsupportedVersion(Int, supported: Int, file: String)
    case invalidLine(String, String)

    public var description: String {
        switch self {
        case .missingHeader(let field, let file):
            "\(file): the header has no '\(field):' line; a transcript begins with 'format: \(Transcript.formatVersion)', 'script: ID VERSION' and 'seed: N'"
        case .unsupportedVersion(let version, let supported, let file):
            "\(file): transcript format \(version) is not supported; this Coach reads formats 1 to \(supported)"
        case .invalidLine(let place, let reason):
            "\(place): \(reason)"
        }
    }
}
