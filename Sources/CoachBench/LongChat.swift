import Foundation

/// A chat far longer than any person's, through a script that loops for ever: the memory it
/// holds, and the state it saves, must stop growing (the reliability review measured 0.63 KB
/// more memory per turn).
extension Benchmarks {
    /// Two questions and a statement in a circle; "finish" is its only way out.
    static let loopingScript = """
        {"formatVersion": 1, "id": "bench-loop", "title": "A loop", "version": "1", "disclaimer": "d", "start": "q1",
         "intents": {"finish": {"keywords": ["finish"], "samples": ["finish"]}},
         "nodes": [{"id": "q1", "say": ["What happened today?"], "ask": {"save": "today"}, "next": "q2"},
                   {"id": "q2", "say": ["And how was it?"],
                    "ask": {"routes": [{"intent": "finish", "to": "end"}], "fallback": {"after": 1, "to": "again"}, "save": "how"}},
                   {"id": "again", "say": ["Round again."], "next": "q1"},
                   {"id": "end", "say": ["Bye."], "end": true}]}
        """

    /// Peak memory after 10,000 and after 100,000 turns, each reply holding two words never seen
    /// before. The same with --quick: fewer turns would not show whether it stops growing. The
    /// store is on a memory file system where there is one, so the disk's syncs do not set the pace.
    mutating func longChat() throws {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        let script = folder + "coach-bench-loop.json"
        try Self.loopingScript.write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        var peaks: [Int: Double] = [:], savedSizes: [Int: Double] = [:]
        let (few, many) = (10_000, 100_000)
        for turns in [few, many] {
            let state = folder + "coach-bench-long-\(getpid())-\(turns)"
            defer { try? FileManager.default.removeItem(atPath: state) }
            let replies = (0..<turns).map { "day \($0) was long, word\(String($0, radix: 36)) came up" }
            let input = (replies + ["/where"]).joined(separator: "\n") + "\n"
            guard
                let peak = ProcessProbe.peakMemory(
                    coachBinary, [script], input: input, marker: "You're at:", state: state, waiting: 600)
            else {
                throw BenchmarkError(
                    description: "the long chat of \(turns) turns did not reach its end or its memory could not be read")
            }
            peaks[turns] = peak
            results.append(
                Harness.summarize("long chat: peak RSS after \(turns) turns", unit: "MB", samples: [peak]))
            let saved = try StoreProbe.savedStateBytes(state: state, scriptID: "bench-loop")
            savedSizes[turns] = Double(saved) / 1_024
            results.append(
                Harness.summarize(
                    "long chat: saved state after \(turns) turns", unit: "KB", samples: [Double(saved) / 1_024]))
        }
        if let short = peaks[few], let long = peaks[many] {
            let perThousand = (long - short) / Double(many - few) * 1_000
            results.append(
                Harness.summarize(
                    "long chat: growth per 1,000 more turns (bounded: stops growing)", unit: "MB",
                    samples: [perThousand], target: .bound(atMost: 0.05)))
        }
        if let short = savedSizes[few], let long = savedSizes[many] {
            results.append(
                Harness.summarize(
                    "long chat: saved state growth per 1,000 more turns", unit: "KB",
                    samples: [(long - short) / Double(many - few) * 1_000], target: .bound(atMost: 0.01)))
        }
    }
}
