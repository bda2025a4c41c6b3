import Foundation

// libFuzzer target: a script generated from the bytes, then a reply classified against it, so the
// pattern compiler and matcher meet phrases no author of ours wrote (gaps, stars, concepts,
// anchors, numbers). The bytes up to the first blank line are "intent: phrase" lines; the rest is
// the reply. A script that fails to load is fine; a crash or a hang is not.
func fuzzGeneratedScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.components(separatedBy: "\n\n")
    var phrases: [String: [String]] = [:]
    for line in (parts.first ?? "").split(separator: "\n").prefix(16) {
        let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pair.count == 2, !pair[0].isEmpty else { continue }
        phrases[pair[0], default: []].append(pair[1])
    }
    let intents = phrases.keys.sorted()
    guard !intents.isEmpty else { return 0 }
    let script: [String: Any] = [
        "formatVersion": 1, "id": "generated", "title": "G", "version": "1", "disclaimer": "d", "start": "q",
        "intents": Dictionary(uniqueKeysWithValues: intents.map { ($0, ["phrases": phrases[$0] ?? []]) }),
        "nodes": [
            ["id": "q", "say": ["?"], "ask": ["routes": intents.map { ["intent": $0, "to": "end"] }]],
            ["id": "end", "say": ["bye"], "end": true],
        ],
    ]
    guard let json = try? JSONSerialization.data(withJSONObject: script),
        case .success(let validated) = ScriptLoader.load(bytes: [UInt8](json), fileName: "generated.json"),
        let scope = validated.scope(at: "q")
    else { return 0 }
    _ = validated.classifier.classify(parts.dropFirst().joined(separator: "\n\n"), in: scope)
    return 0
}
